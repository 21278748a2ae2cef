// CORS for the buckets, allowed for the configured portal origin only: it is echoed (never '*'), with Vary: Origin.
import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError } from './errors.ts';

/** What the portal does with the buckets: POST uploads, and downloads through presigned GETs. */
const ALLOWED_METHODS = ['GET', 'PUT', 'POST', 'HEAD'];
const MAX_AGE_SECONDS = 600;

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The headers an actual (non-preflight) response carries: the origin echoed if it is allowed, nothing otherwise. */
export function corsResponseHeaders(
  headers: IncomingHttpHeaders,
  origins: ReadonlySet<string>,
): Record<string, string> {
  const origin = header(headers, 'origin');
  if (!origin || !origins.has(origin)) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'ETag',
    vary: 'Origin',
  };
}

/** Answers a preflight as S3 does: 400 without the CORS headers, 403 for an origin or method no rule allows. */
export function preflight(
  headers: IncomingHttpHeaders,
  origins: ReadonlySet<string>,
): Record<string, string> {
  const origin = header(headers, 'origin');
  const method = header(headers, 'access-control-request-method');
  if (!origin)
    throw new GatewayError('BadRequest', 400, 'Insufficient information. Origin request header needed.');
  if (!method) throw new GatewayError('BadRequest', 400, 'Invalid Access-Control-Request-Method: null');
  if (!origins.has(origin) || !ALLOWED_METHODS.includes(method))
    throw new GatewayError(
      'AccessForbidden',
      403,
      "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
      { Method: method, ResourceType: 'OBJECT' },
    );
  const requested = header(headers, 'access-control-request-headers');
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': ALLOWED_METHODS.join(', '),
    ...(requested ? { 'access-control-allow-headers': requested } : {}),
    'access-control-expose-headers': 'ETag',
    'access-control-max-age': String(MAX_AGE_SECONDS),
    vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method',
  };
}

/** Drops the emulator's own CORS headers (s3rver would answer '*'); the gateway sets them. */
export function withoutCors<T extends Record<string, unknown>>(headers: T): T {
  const out = { ...headers };
  for (const name of Object.keys(out)) if (name.startsWith('access-control-')) delete out[name];
  return out;
}
