// Local identity provider: demo users and invited ones, and tokens with the same claims Cognito issues, signed with a
// key kept in the data folder; like Cognito, it invites (by e-mail, with a temporary password), disables and enables
// users.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { Authenticate } from '../api/app.ts';
import { actorFromClaims, type IdentityClaims } from '../api/claims.ts';
import type { Invitation } from '../core/accounts/account-registry.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import { invitationMessage } from '../core/notifications/account-messages.ts';
import type { Notifier, SignInAccounts } from '../core/use-cases/ports.ts';
import { emptyStaffDirectory, type StaffDirectory } from '../core/verification/staff-directory.ts';

export interface DemoUser {
  username: string;
  password: string;
  claims: IdentityClaims;
}

const ISSUER = 'u4ssc-local';
const PASSWORD = 'demo';
const LIFETIME = '12h';
/**
 * Tokens whose signature and claims were checked, kept so that a busy client does not pay for the check on every
 * request: the same string always verifies the same way under the process's one key, and its expiry is checked on
 * every use. (On AWS, API Gateway's authorizer does this work before the function runs.)
 */
const VERIFIED_TOKENS_KEPT = 1000;

/**
 * What a token must be to be believed: signed with HS256 by this issuer, naming its subject, when it was issued and
 * when it expires, and no older than the lifetime this issuer gives. jose refuses `alg: none` and any other algorithm.
 * On AWS, API Gateway's JWT authorizer checks Cognito's tokens, and it too refuses a token without `exp`.
 */
const verifyOptions = {
  issuer: ISSUER,
  algorithms: ['HS256'],
  requiredClaims: ['exp', 'iat', 'sub'],
  maxTokenAge: LIFETIME,
};

const user = (username: string, name: string, group: string, cityId?: string): DemoUser => ({
  username,
  password: PASSWORD,
  claims: {
    sub: username,
    name,
    email: `${username}@u4ssc.local`,
    'cognito:groups': [group],
    ...(cityId ? { 'custom:cityId': cityId } : {}),
  },
});

/** Seeded accounts; the README lists them. */
export const demoUsers: DemoUser[] = [
  user('secretariat', 'Amina Secretariat', 'secretariat'),
  user('supervisor', 'Jonas Supervisor', 'secretariat'),
  user('verifier', 'Li Verifier', 'verifier'),
  user('verifier2', 'Rosa Verifier', 'verifier'),
  user('aurora', 'Aurora City focal point', 'city', 'aurora'),
  user('borealis', 'Borealis City focal point', 'city', 'borealis'),
];

/** Invited and disabled users, kept in the data folder so that they survive a restart. */
interface StoredAccounts {
  invited: DemoUser[];
  disabled: string[];
}

/** Where the embedded issuer sends its invitations, and the portal they lead to. */
export interface InvitationMail {
  notifier: Notifier;
  portalUrl: string;
}

export class LocalIdentity implements SignInAccounts {
  /** Imported once: jose would import raw bytes or a KeyObject again on every token it signs or checks. */
  private readonly key: Promise<CryptoKey>;
  private readonly accountsFile: string;
  private readonly verified = new Map<string, JWTPayload>();
  private accounts: StoredAccounts;

  constructor(
    dataDir: string,
    private readonly mail?: InvitationMail,
  ) {
    const file = join(dataDir, 'identity-signing-key');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    const bytes = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    this.key = crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    this.accountsFile = join(dataDir, 'identity-accounts.json');
    this.accounts = existsSync(this.accountsFile)
      ? (JSON.parse(readFileSync(this.accountsFile, 'utf8')) as StoredAccounts)
      : { invited: [], disabled: [] };
  }

  private save(): void {
    writeFileSync(this.accountsFile, JSON.stringify(this.accounts), { mode: 0o600 });
  }

  private users(): DemoUser[] {
    return [...demoUsers, ...this.accounts.invited];
  }

  /** Like Cognito's AdminCreateUser: the user exists at once and is e-mailed a temporary password. */
  async invite(invitation: Invitation): Promise<boolean> {
    if (this.users().some((u) => u.username === invitation.userId)) return false;
    const password = randomBytes(6).toString('hex');
    const invited = user(invitation.userId, invitation.name, invitation.role, invitation.cityId);
    this.accounts.invited.push({
      ...invited,
      password,
      claims: { ...invited.claims, email: invitation.email },
    });
    this.save();
    if (this.mail) {
      const message = invitationMessage(this.mail.portalUrl, 7);
      const text = message.body
        .replaceAll('<br>', '\n')
        .replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1')
        .replaceAll('{username}', invitation.userId)
        .replaceAll('{####}', password);
      await this.mail.notifier.send({ to: [invitation.email], subject: message.subject, text });
    }
    return true;
  }

  /** Like AdminDisableUser with a global sign-out: no sign-in, and the tokens it issued are refused. */
  async disable(userId: string): Promise<boolean> {
    if (!this.users().some((u) => u.username === userId)) return false;
    if (!this.accounts.disabled.includes(userId)) this.accounts.disabled.push(userId);
    this.save();
    return true;
  }

  /** Like AdminEnableUser: the user may sign in again (tokens issued before the deactivation count again too). */
  async enable(userId: string): Promise<boolean> {
    if (!this.users().some((u) => u.username === userId)) return false;
    this.accounts.disabled = this.accounts.disabled.filter((id) => id !== userId);
    this.save();
    return true;
  }

  async signIn(username: string, password: string): Promise<string> {
    const found = this.users().find((u) => u.username === username && u.password === password);
    if (!found) throw new UnauthenticatedError('Unknown user name or wrong password');
    if (this.accounts.disabled.includes(username))
      throw new UnauthenticatedError('This account is deactivated');
    return new SignJWT({ ...found.claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(LIFETIME)
      .sign(await this.key);
  }

  /** The claims of the request's bearer token, once its signature, issuer, claims and age check out. */
  async verifiedClaims(request: Request): Promise<JWTPayload> {
    const header = request.headers.get('authorization') ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!token) throw new UnauthenticatedError('Sign in first: no bearer token was sent');
    const known = this.verified.get(token);
    if (known && (known.exp ?? 0) * 1000 > Date.now()) return known;
    try {
      const { payload } = await jwtVerify(token, await this.key, verifyOptions);
      // Maps iterate in insertion order: the first key is the oldest one.
      if (this.verified.size >= VERIFIED_TOKENS_KEPT)
        this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, payload);
      return payload;
    } catch {
      throw new UnauthenticatedError('The token is invalid or expired; sign in again');
    }
  }

  readonly authenticate: Authenticate = async (request) => {
    const actor = actorFromClaims(await this.verifiedClaims(request));
    if (this.accounts.disabled.includes(actor.userId))
      throw new UnauthenticatedError('This account is deactivated');
    return actor;
  };
}

/** The demo's staff as the secretariat would publish its first staff directory on a new deployment. */
export function demoStaffDirectory(createdAt: string): StaffDirectory {
  return {
    version: emptyStaffDirectory.version + 1,
    createdAt,
    createdBy: 'system',
    note: 'The demo staff of the embedded runtime',
    members: demoUsers
      .filter((u) => u.claims['cognito:groups']?.includes('secretariat'))
      .map((u) => ({
        userId: u.username,
        name: u.claims.name ?? u.username,
        email: u.claims.email ?? `${u.username}@u4ssc.local`,
        active: true,
      })),
  };
}
