// The HTTP API as one Hono app: the same routes run behind API Gateway in Lambda and in Node locally. Routing and
// HTTP mapping only: every route calls one use case of core.

import { Hono } from 'hono';
import type { Actor } from '../core/actors.ts';
import { assertActiveAccount } from '../core/use-cases/accounts.ts';
import type { CoreDeps } from '../core/use-cases/deps.ts';
import { refuseOversizedBody } from './body.ts';
import { errorResponse } from './errors.ts';
import { API_BASE_PATH, publicApiPaths } from './public-routes.ts';
import { type ApiEnv, mountRoute } from './route.ts';
import { apiRoutes } from './routes/index.ts';

export type Authenticate = (request: Request, env: unknown) => Promise<Actor>;

export function createApi(deps: CoreDeps, authenticate: Authenticate) {
  const app = new Hono<ApiEnv>().basePath(API_BASE_PATH);
  app.onError((error, c) => errorResponse(c, error, deps.logger));
  // Files never pass through the API (they go to storage by presigned POST), so no JSON body needs more than 1 MB.
  app.use('*', refuseOversizedBody);
  for (const spec of apiRoutes.filter((r) => r.public)) mountRoute(app, deps, spec);
  // The description of the API itself, built on first request so that a cold start does not pay for it.
  app.get(publicApiPaths.openapi, async (c) => c.json((await import('./openapi.ts')).openApiDocument()));

  app.use('*', async (c, next) => {
    // A deactivated user is refused even with a token issued before the deactivation.
    c.set('actor', await assertActiveAccount(deps, await authenticate(c.req.raw, c.env)));
    await next();
  });
  for (const spec of apiRoutes.filter((r) => !r.public)) mountRoute(app, deps, spec);
  // A route of its own rather than notFound(): an app mounted inside another (as both entries do) answers with the
  // outer app's notFound, which is plain text, and every API answer is JSON.
  app.all('*', (c) =>
    c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } }, 404),
  );
  return app;
}
