import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../api/app.ts';
import { renderApiDocs } from '../../../api/docs.ts';
import { openApiDocument } from '../../../api/openapi.ts';
import { apiRoutes } from '../../../api/routes/index.ts';
import { UnauthenticatedError } from '../../../core/errors.ts';
import { decisionNames } from '../../../core/use-cases/decisions/table.ts';
import type { CoreDeps } from '../../../core/use-cases/deps.ts';

const openApiPath = (path: string) => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

describe('the OpenAPI document', () => {
  const document = openApiDocument();

  it('describes every route of the route table, with its method, and only those', () => {
    const described = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {}).map((method) => `${method} ${path}`),
    );

    expect(described.sort()).toEqual(apiRoutes.map((r) => `${r.method} ${openApiPath(r.path)}`).sort());
    expect(document.openapi).toBe('3.1.0');
  });

  it('gives every decision a request body and the pilot as a shared component', () => {
    const decisionPaths = apiRoutes.filter((r) => r.tag === 'decisions').map((r) => openApiPath(r.path));
    const bodies = decisionPaths.map((path) => document.paths?.[path]?.post?.requestBody);

    expect(decisionPaths).toHaveLength(decisionNames.length);
    expect(bodies.every((body) => body !== undefined)).toBe(true);
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['Pilot', 'PilotEvent', 'Error']),
    );
  });

  it('is served without sign-in at GET /api/openapi.json', async () => {
    const app = createApi(
      { logger: { info() {}, warn() {}, error() {} } } as unknown as CoreDeps,
      async () => {
        throw new UnauthenticatedError('no token in this test');
      },
    );

    const served = await app.request('/api/openapi.json');
    const guarded = await app.request('/api/me');

    expect(served.status).toBe(200);
    expect((await served.json()).paths).toEqual(JSON.parse(JSON.stringify(document.paths)));
    expect(guarded.status).toBe(401);
  });

  it('is rendered in docs/api.md (run `npm run docs:api` after changing a route)', () => {
    const committed = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

    expect(committed).toBe(renderApiDocs());
  });
});
