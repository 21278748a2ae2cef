// The local issuer's token checks: only a token it could have issued, signed, dated and unexpired, is believed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type JWTPayload, SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { LocalIdentity } from '../../../local/identity.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'u4ssc-identity-'));
const identity = new LocalIdentity(dataDir);
/** The key the data folder holds, so these tokens are signed exactly as the issuer signs its own. */
const key = Buffer.from(readFileSync(join(dataDir, 'identity-signing-key'), 'utf8').trim(), 'hex');
const claims = { sub: 'secretariat', 'cognito:groups': ['secretariat'] };
const now = () => Math.floor(Date.now() / 1000);

const withToken = (token: string) =>
  identity.authenticate(
    new Request('http://localhost/api/me', { headers: { authorization: `Bearer ${token}` } }),
    {},
  );

/** A token signed with the data folder's key; each test leaves out or changes one thing. */
function sign(
  payload: JWTPayload,
  { alg = 'HS256', issuer = 'u4ssc-local', iat = true, exp = true } = {},
): Promise<string> {
  let jwt = new SignJWT(payload).setProtectedHeader({ alg }).setIssuer(issuer);
  if (iat) jwt = jwt.setIssuedAt();
  if (exp) jwt = jwt.setExpirationTime('1h');
  return jwt.sign(key);
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const refused = /invalid or expired/;

describe('the local identity provider', () => {
  it('believes a token it signed itself, with subject, issue time and expiry', async () => {
    const actor = await withToken(await sign(claims));
    const signedIn = await withToken(await identity.signIn('aurora', 'demo'));

    expect(actor).toMatchObject({ userId: 'secretariat', role: 'secretariat' });
    expect(signedIn).toMatchObject({ userId: 'aurora', role: 'city', cityId: 'aurora' });
  });

  it('refuses a token it believed before, once the token has expired', async () => {
    const token = await sign(claims);
    await withToken(token);

    vi.useFakeTimers({ now: Date.now() + 2 * 3600_000, toFake: ['Date'] });
    try {
      await expect(withToken(token)).rejects.toThrow(refused);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a validly signed token without an expiry', async () => {
    await expect(withToken(await sign(claims, { exp: false }))).rejects.toThrow(refused);
  });

  it('refuses a token without an issue time', async () => {
    await expect(withToken(await sign(claims, { iat: false }))).rejects.toThrow(refused);
  });

  it('refuses a token without a subject before its claims are read', async () => {
    await expect(withToken(await sign({ 'cognito:groups': ['secretariat'] }))).rejects.toThrow(refused);
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const header = base64url({ alg: 'none', typ: 'JWT' });
    const payload = base64url({ ...claims, iss: 'u4ssc-local', iat: now(), exp: now() + 3600 });

    await expect(withToken(`${header}.${payload}.`)).rejects.toThrow(refused);
  });

  it('refuses a token of another issuer, even signed with the same key', async () => {
    await expect(withToken(await sign(claims, { issuer: 'someone-else' }))).rejects.toThrow(refused);
  });

  it('refuses another algorithm than HS256, even with the same key', async () => {
    await expect(withToken(await sign(claims, { alg: 'HS512' }))).rejects.toThrow(refused);
  });

  it('refuses an expired token, and one issued longer ago than the 12 hours the issuer gives', async () => {
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('u4ssc-local')
      .setIssuedAt(now() - 7200)
      .setExpirationTime(now() - 3600)
      .sign(key);
    const tooOld = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('u4ssc-local')
      .setIssuedAt(now() - 13 * 3600)
      .setExpirationTime(now() + 3600)
      .sign(key);

    await expect(withToken(expired)).rejects.toThrow(refused);
    await expect(withToken(tooOld)).rejects.toThrow(refused);
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await sign(claims)).split('.');
    const forged = base64url({
      sub: 'aurora',
      'cognito:groups': ['secretariat'],
      iss: 'u4ssc-local',
      iat: now(),
      exp: now() + 3600,
    });

    await expect(withToken(`${header}.${forged}.${signature}`)).rejects.toThrow(refused);
  });
});
