// Turns any thrown error into a JSON response with a stable code and a readable message.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type ErrorCode } from '../core/errors.ts';
import type { Logger } from '../core/use-cases/ports.ts';
import { BodyTooLargeError, bodyTooLarge } from './body.ts';

const statusByCode: Record<ErrorCode | 'invalid_json' | 'internal', ContentfulStatusCode> = {
  invalid_request: 400,
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  forbidden_transition: 409,
  conflict: 409,
  upload_rejected: 422,
  limit_exceeded: 409,
  transient: 503,
  internal: 500,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

export function errorResponse(c: Context, error: unknown, logger: Logger) {
  if (error instanceof BodyTooLargeError) return bodyTooLarge(c);
  if (error instanceof DomainError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
    return c.json(body, statusByCode[error.code]);
  }
  if (error instanceof SyntaxError) {
    return c.json({ error: { code: 'invalid_json', message: 'The request body is not valid JSON' } }, 400);
  }
  logger.error('Unhandled error', {
    error: error instanceof Error ? error.stack : String(error),
    path: c.req.path,
  });
  return c.json(
    { error: { code: 'internal', message: 'Something went wrong on our side; it was logged.' } },
    500,
  );
}
