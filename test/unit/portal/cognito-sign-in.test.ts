// Portal sign-in on AWS: the deployment's config.json, and the PKCE code flow against Cognito's hosted pages.
import { describe, expect, it } from 'vitest';
import { authorizeUrl, exchangeCode, logoutUrl, pkcePair } from '../../../portal/src/auth/cognito.ts';
import { parsePortalConfig } from '../../../portal/src/auth/config.ts';

const cognito = {
  kind: 'cognito' as const,
  domain: 'https://u4ssc-prod-1.auth.eu-west-1.amazoncognito.com',
  clientId: 'client123',
};

describe('config.json', () => {
  it('reads a Cognito deployment and drops trailing slashes', () => {
    const config = parsePortalConfig({
      apiOrigin: 'https://abc.execute-api.eu-west-1.amazonaws.com/',
      auth: { ...cognito, domain: `${cognito.domain}/` },
    });

    expect(config).toEqual({ apiOrigin: 'https://abc.execute-api.eu-west-1.amazonaws.com', auth: cognito });
  });

  it('refuses a Cognito configuration without its client id, saying what is expected', () => {
    expect(() => parsePortalConfig({ apiOrigin: '', auth: { kind: 'cognito', domain: 'x' } })).toThrow(
      /"clientId"/,
    );
  });
});

describe('the PKCE code flow', () => {
  it('makes an S256 challenge that is the base64url SHA-256 of the verifier', async () => {
    const { verifier, challenge } = await pkcePair();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));

    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toBe(Buffer.from(digest).toString('base64url'));
  });

  it('sends the user to the hosted authorize endpoint with the code grant, the challenge and the state', () => {
    const url = new URL(authorizeUrl(cognito, 'https://portal.example/', 'chal', 'st8'));

    expect(`${url.origin}${url.pathname}`).toBe(`${cognito.domain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: 'https://portal.example/',
      scope: 'openid email profile',
      state: 'st8',
      code_challenge: 'chal',
      code_challenge_method: 'S256',
    });
  });

  it('trades the code and verifier for the ID token at the token endpoint', async () => {
    let sent: { url: string; body: string } | undefined;
    const fakeFetch = (async (url: string, init: RequestInit) => {
      sent = { url, body: String(init.body) };
      return new Response(JSON.stringify({ id_token: 'id.jwt', access_token: 'a' }), { status: 200 });
    }) as typeof fetch;

    const token = await exchangeCode(cognito, 'code1', 'verifier1', 'https://portal.example/', fakeFetch);

    expect(token).toBe('id.jwt');
    expect(sent?.url).toBe(`${cognito.domain}/oauth2/token`);
    expect(Object.fromEntries(new URLSearchParams(sent?.body))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client123',
      code: 'code1',
      redirect_uri: 'https://portal.example/',
      code_verifier: 'verifier1',
    });
  });

  it('reports a refused code with the error Cognito gives', async () => {
    const fakeFetch = (async () =>
      new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 })) as unknown as typeof fetch;

    await expect(exchangeCode(cognito, 'old', 'v', 'https://portal.example/', fakeFetch)).rejects.toThrow(
      'Sign-in failed: invalid_grant',
    );
  });

  it('ends the hosted session on sign-out and comes back to the portal', () => {
    expect(logoutUrl(cognito, 'https://portal.example/')).toBe(
      `${cognito.domain}/logout?client_id=client123&logout_uri=https%3A%2F%2Fportal.example%2F`,
    );
  });
});
