// Local identity provider: demo users and tokens with the same claims Cognito issues, signed with a key kept in the data folder.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { Authenticate } from '../api/app.ts';
import { actorFromClaims, type IdentityClaims } from '../api/claims.ts';
import { UnauthenticatedError } from '../core/errors.ts';
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

export class LocalIdentity {
  /** Imported once: jose would import raw bytes or a KeyObject again on every token it signs or checks. */
  private readonly key: Promise<CryptoKey>;

  constructor(dataDir: string) {
    const file = join(dataDir, 'identity-signing-key');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    const bytes = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    this.key = crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
  }

  async signIn(username: string, password: string): Promise<string> {
    const found = demoUsers.find((u) => u.username === username && u.password === password);
    if (!found) throw new UnauthenticatedError('Unknown user name or wrong password');
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
    try {
      return (await jwtVerify(token, await this.key, verifyOptions)).payload;
    } catch {
      throw new UnauthenticatedError('The token is invalid or expired; sign in again');
    }
  }

  readonly authenticate: Authenticate = async (request) =>
    actorFromClaims(await this.verifiedClaims(request));
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
