// Sign-in through Cognito's hosted pages: the authorization code grant with PKCE (RFC 7636). The hosted pages
// handle passwords, the mandatory TOTP set-up and account recovery; the portal keeps only the ID token.
import type { AuthConfig } from './config.ts';

type Cognito = Extract<AuthConfig, { kind: 'cognito' }>;

const PENDING_KEY = 'u4ssc.pkce';
const SCOPES = 'openid email profile';

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** A random verifier and its S256 challenge. */
export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: base64Url(new Uint8Array(digest)) };
}

export function authorizeUrl(
  cognito: Cognito,
  redirectUri: string,
  challenge: string,
  state: string,
): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: cognito.clientId,
    redirect_uri: redirectUri,
    scope: SCOPES,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${cognito.domain}/oauth2/authorize?${query}`;
}

export function logoutUrl(cognito: Cognito, logoutUri: string): string {
  return `${cognito.domain}/logout?${new URLSearchParams({ client_id: cognito.clientId, logout_uri: logoutUri })}`;
}

/** Trades the code for tokens at the token endpoint and returns the ID token, which the API's authorizer expects. */
export async function exchangeCode(
  cognito: Cognito,
  code: string,
  verifier: string,
  redirectUri: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const response = await fetchImpl(`${cognito.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: cognito.clientId,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const body = (await response.json()) as { id_token?: string; error?: string };
  if (!response.ok || !body.id_token) throw new Error(`Sign-in failed: ${body.error ?? response.status}`);
  return body.id_token;
}

/** The portal's home, where the hosted pages send the user back. */
export const redirectUri = () => `${window.location.origin}/`;

/** Leaves for the hosted sign-in page, remembering the verifier and state for the way back. */
export async function startSignIn(cognito: Cognito): Promise<void> {
  const { verifier, challenge } = await pkcePair();
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  window.location.assign(authorizeUrl(cognito, redirectUri(), challenge, state));
}

/**
 * On the way back from the hosted pages: exchanges the code for the ID token when the state matches the one this
 * tab sent, and removes code and state from the address. Returns undefined when the address carries no code.
 */
export async function finishSignIn(cognito: Cognito): Promise<string | undefined> {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  if (!code) return undefined;
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? '{}') as {
    verifier?: string;
    state?: string;
  };
  sessionStorage.removeItem(PENDING_KEY);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  if (!pending.verifier || pending.state !== params.get('state'))
    throw new Error('Sign-in was not started from this tab; please sign in again');
  return exchangeCode(cognito, code, pending.verifier, redirectUri());
}
