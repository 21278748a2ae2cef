// Lambda's limit on a response, held locally: behind API Gateway a function that returns more than 6 MB fails, and
// the client sees API Gateway's 500, so the embedded runtime answers the same instead of sending the body.
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../core/use-cases/ports.ts';

export const MAX_LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;

export function lambdaResponseLimit(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Reading a copy of the body makes the server build a full Response (and a stream tee) for every answer, so an
    // answer that states its length is believed.
    const stated = c.res.headers.get('content-length');
    const bytes = stated === null ? (await c.res.clone().arrayBuffer()).byteLength : Number(stated);
    if (bytes <= MAX_LAMBDA_RESPONSE_BYTES) return;
    logger.error('Function.ResponseSizeTooLarge: the API response is over Lambda’s 6 MB limit', {
      path: c.req.path,
      bytes,
    });
    c.res = new Response(JSON.stringify({ message: 'Internal Server Error' }), {
      status: 500,
      headers: { 'content-type': 'application/json' },
    });
  };
}
