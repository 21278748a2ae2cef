// The JSON body of a request: at most 1 MB and an object. Only a route that parses its body reads it, and a declared
// length over the limit is refused without reading, so every other answer leaves the body to the server, which
// discards it and keeps the connection usable (a body stream opened and left unread stalls the Node adapter's
// clean-up, which then drops the connection under a client still sending).
import type { Context, MiddlewareHandler } from 'hono';
import { InvalidRequestError } from '../core/errors.ts';

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** A body that grew past the limit while it was read (no length was declared). */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/**
 * The refusal closes the connection: the rest of the body may still be arriving, and a client that sent its next
 * request on this connection would see that one fail instead of this one.
 */
export function bodyTooLarge(c: Context) {
  return c.json(
    {
      error: {
        code: 'payload_too_large',
        message: `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB; files are uploaded through their upload links, not the API`,
      },
    },
    413,
    { connection: 'close' },
  );
}

/** Refuses a body whose declared length is over the limit before anything reads it. */
export const refuseOversizedBody: MiddlewareHandler = async (c, next) => {
  if (Number(c.req.header('content-length') ?? 0) > MAX_JSON_BODY_BYTES) return bodyTooLarge(c);
  await next();
};

/** The body as text, counted as it arrives, so a body sent without a length cannot pass the limit either. */
async function boundedText(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.length;
    if (size > MAX_JSON_BODY_BYTES) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The JSON body, which must be an object; an empty body is an empty object. */
export async function jsonBody(request: Request): Promise<unknown> {
  const text = await boundedText(request);
  if (!text.trim()) return {};
  const body = JSON.parse(text) as unknown;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new InvalidRequestError('The request body must be a JSON object');
  return body;
}
