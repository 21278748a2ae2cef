// Serves the built portal (portal/dist) from the runtime's origin, answering index.html for client-side routes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler, Next } from 'hono';

export const portalDist = fileURLToPath(new URL('../portal/dist', import.meta.url));

const notBuilt = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal not built</title></head>
<body><h1>The web portal is not built yet</h1><p>Run <code>npm run build:portal</code>, then reload this page.
The API is available under <code>/api</code>.</p></body></html>`;

/** Paths the portal must never shadow, even when they match no route. */
const serverPaths = /^\/(api|local-auth)(\/|$)/;

/**
 * Adds the portal to the app after the API routes. Whether the build exists is checked per request, so
 * building the portal while the runtime runs needs no restart.
 */
export function servePortal(app: Hono, dist = portalDist): void {
  // Created on first use: serveStatic complains at creation when its folder does not exist yet.
  let handlers: { assets: MiddlewareHandler; index: MiddlewareHandler } | undefined;
  app.use('*', async (c: Context, next: Next) => {
    if (c.req.method !== 'GET' || serverPaths.test(c.req.path)) return next();
    if (!existsSync(join(dist, 'index.html'))) return c.html(notBuilt, 503);
    handlers ??= {
      assets: serveStatic({ root: dist }),
      index: serveStatic({ root: dist, path: 'index.html' }),
    };
    const { assets, index } = handlers;
    const asset = await assets(c, async () => {});
    if (asset) return asset;
    // Unknown files under /assets are real 404s; every other path is a route of the single-page app.
    if (c.req.path.startsWith('/assets/')) return c.notFound();
    return (await index(c, next)) ?? next();
  });
}
