// The HTTP API as one Hono app: the same routes run behind API Gateway in Lambda and in Node locally. Routing and
// HTTP mapping only: every route calls one use case of core.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Actor } from '../core/actors.ts';
import type { CoreDeps } from '../core/use-cases/deps.ts';
import { errorResponse } from './errors.ts';
import { API_BASE_PATH, publicApiPaths } from './public-routes.ts';
import { type ApiEnv, mountRoute } from './route.ts';
import { apiRoutes } from './routes/index.ts';

export type Authenticate = (request: Request, env: unknown) => Promise<Actor>;

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export function createApi(deps: CoreDeps, authenticate: Authenticate) {
  const app = new Hono<ApiEnv>().basePath(API_BASE_PATH);
  app.onError((error, c) => errorResponse(c, error, deps.logger));
  // Files never pass through the API (they go to storage by presigned POST), so no JSON body needs more than this.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_JSON_BODY_BYTES,
      onError: (c) => {
        // The body is left unread, so Node ends the connection after this answer; a keep-alive client must be told.
        c.header('Connection', 'close');
        return c.json(
          {
            error: {
              code: 'payload_too_large',
              message: `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB; files are uploaded through their upload links, not the API`,
            },
          },
          413,
        );
      },
    }),
  );
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } }, 404),
  );

  for (const spec of apiRoutes.filter((r) => r.public)) mountRoute(app, deps, spec);
  // The description of the API itself, built on first request so that a cold start does not pay for it.
  app.get(publicApiPaths.openapi, async (c) => c.json((await import('./openapi.ts')).openApiDocument()));

  app.use('*', async (c, next) => {
    c.set('actor', await authenticate(c.req.raw, c.env));
    await next();
  });
  for (const spec of apiRoutes.filter((r) => !r.public)) mountRoute(app, deps, spec);
  return app;
}
