// What passes between the S3 front and s3rver: the request without its authentication, the answer with the
// gateway's CORS headers and address, and any failure as an S3 error.
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { GatewayContext } from './context.ts';
import { withoutCors } from './cors.ts';
import { GatewayError } from './errors.ts';
import { withoutHopByHop } from './http.ts';
import { MalformedMultipart, PartTooLarge } from './multipart.ts';

/** S3 caps the form fields before the file; beyond this it answers MaxPostPreDataLengthExceededError. */
export const MAX_FIELD_BYTES = 20 * 1024;
/** Query parameters of presigned authentication: checked here, and meaningless to s3rver (which would re-check them). */
const AUTH_QUERY = new Set([
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-expires',
  'x-amz-signedheaders',
  'x-amz-signature',
  'x-amz-security-token',
  'x-amz-content-sha256',
]);

/**
 * GetObject's response-* parameters, and the header each sets. S3 honours them only on signed requests; s3rver
 * sees every request unsigned and would refuse them, so the gateway applies them itself.
 */
const RESPONSE_OVERRIDES: Record<string, string> = {
  'response-content-type': 'content-type',
  'response-content-language': 'content-language',
  'response-expires': 'expires',
  'response-cache-control': 'cache-control',
  'response-content-disposition': 'content-disposition',
  'response-content-encoding': 'content-encoding',
};

/**
 * The request target for s3rver: the path as sent, the query without the authentication parameters and the
 * response overrides (which are returned to be applied to the answer).
 */
export function upstreamTarget(url: string): { path: string; overrides: Record<string, string> } {
  const mark = url.indexOf('?');
  const overrides: Record<string, string> = {};
  if (mark < 0) return { path: url, overrides };
  const kept = url
    .slice(mark + 1)
    .split('&')
    .filter((pair) => {
      const eq = pair.indexOf('=');
      try {
        const name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
        const header = RESPONSE_OVERRIDES[name];
        if (header) overrides[header] = decodeURIComponent(eq < 0 ? '' : pair.slice(eq + 1));
        return !AUTH_QUERY.has(name) && !header;
      } catch {
        return true;
      }
    });
  return { path: kept.length ? `${url.slice(0, mark)}?${kept.join('&')}` : url.slice(0, mark), overrides };
}

/** The request's headers as s3rver gets them: unsigned (s3rver knows only its own key) and without CORS. */
export function upstreamHeaders(request: IncomingMessage): OutgoingHttpHeaders {
  const headers = withoutHopByHop(request.headers);
  for (const name of ['authorization', 'origin', 'x-amz-security-token']) delete headers[name];
  return headers;
}

/**
 * The emulator's answer with the gateway's CORS headers, a successful GET's response overrides, and the emulator's
 * own address replaced by the gateway's.
 */
export function responseHeadersFor(
  request: IncomingMessage,
  context: GatewayContext,
  cors: Record<string, string>,
  overrides: Record<string, string> = {},
) {
  return (headers: Record<string, unknown>, status: number): OutgoingHttpHeaders => {
    const out = { ...withoutCors(headers), ...cors } as OutgoingHttpHeaders;
    if (status >= 200 && status < 300) Object.assign(out, overrides);
    const location = out.location;
    if (
      typeof location === 'string' &&
      location.startsWith(context.upstream.s3.origin) &&
      request.headers.host
    )
      out.location = `http://${request.headers.host}${location.slice(context.upstream.s3.origin.length)}`;
    return out;
  };
}

export function toS3Error(error: unknown, context: GatewayContext): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof MalformedMultipart)
    return new GatewayError(
      'MalformedPOSTRequest',
      400,
      'The body of your POST request is not well-formed multipart/form-data.',
    );
  if (error instanceof PartTooLarge)
    return new GatewayError(
      'MaxPostPreDataLengthExceeded',
      400,
      'Your POST request fields preceeding the upload file was too large.',
      {
        MaxPostPreDataLengthBytes: MAX_FIELD_BYTES,
      },
    );
  context.log('S3 gateway error', { error: (error as Error).message });
  return new GatewayError('InternalError', 500, 'We encountered an internal error. Please try again.');
}
