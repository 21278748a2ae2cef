// How the router parses what a request carries before any use case runs: path and query by their strict schemas,
// the body as one JSON object of at most 1 MB; every refusal a JSON answer that leaves the connection usable.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../api/app.ts';
import { MAX_JSON_BODY_BYTES } from '../../../api/body.ts';
import { apiRoutes } from '../../../api/routes/index.ts';
import type { CoreDeps } from '../../../core/use-cases/deps.ts';
import { secretariat } from '../../support/pilots.ts';

/**
 * Nothing here may reach storage but the sign-in check (no account registry: nobody is deactivated): every request
 * below is refused (or answered) before a use case touches deps.
 */
const deps = {
  logger: { info() {}, warn() {}, error() {} },
  tables: { currentTable: async () => undefined },
} as unknown as CoreDeps;
const api = createApi(deps, async () => secretariat);
/** As both entries (functions/api.ts, local/runtime.ts) mount it: inside an app of their own. */
const mounted = new Hono().route('/', api);

const valid: Record<string, string> = {
  id: 'p1',
  queryId: 'q1',
  uploadId: 'u1',
  version: '1',
  number: 'U4SSC-2026-X',
  document: 'report',
  edition: '2027',
  table: 'cities.csv',
  caseStudy: '1',
};
const pathOf = (path: string) => `/api${path.replace(/:(\w+)/g, (_, name: string) => valid[name] ?? 'x')}`;
const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  api.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error;

describe('parsing a request before its use case', () => {
  it.each(apiRoutes.map((r) => [r.method.toUpperCase(), r.path] as const))(
    'refuses a query parameter %s %s does not name',
    async (method, path) => {
      const response = await api.request(`${pathOf(path)}?unexpected=1`, { method });

      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: 'invalid_request', message: 'Invalid query' });
    },
  );

  it('refuses a query parameter given twice rather than taking one of the values', async () => {
    const twice = await api.request('/api/pilots/p1/submissions/2/changes?from=1&from=2');

    expect(twice.status).toBe(400);
    expect(JSON.stringify(await errorOf(twice))).toContain('expected string, received array');
  });

  it.each(['0x1', '%201', '1e0', '01', '0', '1.0', '1000000000'])(
    'refuses the version %s rather than coercing it to a number',
    async (version) => {
      const response = await api.request(`/api/targets/${version}`);

      expect(response.status).toBe(400);
    },
  );

  it('takes a version written in digits', async () => {
    const response = await api.request('/api/targets/1');

    expect(response.status).toBe(200);
  });

  it.each(['null', '[]', '[{}]', '"{}"', '1', 'true'])(
    'refuses %s as a body: a body is a JSON object',
    async (body) => {
      const response = await post('/api/verifiers', body);

      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toBe('The request body must be a JSON object');
    },
  );

  it('answers a path no route has with a JSON 404, also when mounted inside another app', async () => {
    const responses = await Promise.all(
      ['/api/nosuch', '/api/pilots//template', '/api/pilots/p1/nosuch'].map((path) => mounted.request(path)),
    );

    for (const response of responses) {
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    }
  });
});

describe('the board’s page parameters', () => {
  const issuesOf = async (response: Response) =>
    ((await errorOf(response)) as { details?: { issues: { message: string }[] } }).details?.issues.map(
      (i) => i.message,
    );

  it.each([
    ['limit=101', 'Ask for at most 100 pilots a page'],
    ['limit=1e2', 'Give the page size as a whole number'],
    ['sort=stage', 'Sort by one of updated, due, city or created'],
  ])('refuses %s with 400 and says what to ask instead', async (query, message) => {
    const response = await api.request(`/api/pilots?${query}`);

    expect(response.status).toBe(400);
    expect(await issuesOf(response)).toEqual([message]);
  });

  it('refuses a forged cursor with 400 before anything is read', async () => {
    const forged = Buffer.from(JSON.stringify({ v: 1, sort: 'updated', filter: {}, after: 'x' })).toString(
      'base64url',
    );

    const response = await api.request(`/api/pilots?cursor=${forged}`);

    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: 'invalid_request',
      message: 'The cursor is not one this API made; ask for the first page again, without a cursor',
    });
  });
});

describe('the body limit', () => {
  it('refuses a declared length over 1 MB with 413 and closes the connection', async () => {
    const response = await post('/api/verifiers', 'x', { 'content-length': String(MAX_JSON_BODY_BYTES + 1) });

    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect((await errorOf(response)).code).toBe('payload_too_large');
  });

  it('refuses a body sent without a length once it grows past 1 MB', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_JSON_BODY_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });

    const response = await api.request('/api/verifiers', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);

    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
  });
});
