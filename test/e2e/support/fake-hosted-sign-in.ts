// A stand-in for Cognito's hosted pages, for browser tests of the portal's AWS sign-in: /oauth2/authorize sends the
// browser straight back with a code, /oauth2/token checks the PKCE verifier against the challenge and answers with
// an ID token the embedded runtime accepts, /logout sends the browser back.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeHostedSignIn {
  origin: string;
  /** Every call, in order, for assertions: "authorize", "token", "token refused", "logout". */
  calls: string[];
  close(): Promise<void>;
}

/** issueIdToken: returns the token the "signed-in" user gets (the runtime's local issuer stands in for Cognito's). */
export async function startFakeHostedSignIn(issueIdToken: () => Promise<string>): Promise<FakeHostedSignIn> {
  const calls: string[] = [];
  const challenges = new Map<string, string>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (url.pathname === '/oauth2/authorize') {
      calls.push('authorize');
      const code = randomBytes(8).toString('hex');
      challenges.set(code, url.searchParams.get('code_challenge') ?? '');
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      response.writeHead(302, { location: back.toString() }).end();
      return;
    }
    if (url.pathname === '/oauth2/token' && request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const form = new URLSearchParams(body);
      const verifier = form.get('code_verifier') ?? '';
      const expected = challenges.get(form.get('code') ?? '');
      const cors = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
      if (!expected || createHash('sha256').update(verifier).digest('base64url') !== expected) {
        calls.push('token refused');
        response.writeHead(400, cors).end(JSON.stringify({ error: 'invalid_grant' }));
        return;
      }
      calls.push('token');
      response
        .writeHead(200, cors)
        .end(JSON.stringify({ id_token: await issueIdToken(), token_type: 'Bearer' }));
      return;
    }
    if (url.pathname === '/logout') {
      calls.push('logout');
      response.writeHead(302, { location: url.searchParams.get('logout_uri') ?? '/' }).end();
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
