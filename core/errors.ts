// Named domain errors: a stable `code` for API clients and a `name` that Step Functions Retry/Catch can match.

export type ErrorCode =
  | 'invalid_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'forbidden_transition'
  | 'conflict'
  | 'upload_rejected'
  | 'limit_exceeded'
  | 'transient';

/** Base of every error the domain throws on purpose; anything else is a bug. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export class InvalidRequestError extends DomainError {
  override name = 'InvalidRequestError';
  readonly code = 'invalid_request';
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  readonly code = 'unauthenticated';
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly code = 'forbidden';
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly code = 'not_found';
}

export class ForbiddenTransitionError extends DomainError {
  override name = 'ForbiddenTransitionError';
  readonly code = 'forbidden_transition';
}

/** Another writer appended first; the caller may reload and decide again. */
export class ConcurrencyConflictError extends DomainError {
  override name = 'ConcurrencyConflictError';
  readonly code = 'conflict';
}

export class UploadRejectedError extends DomainError {
  override name = 'UploadRejectedError';
  readonly code = 'upload_rejected';
}

/** A change that would break a service limit (DynamoDB's item size): refused before anything is written. */
export class StorageLimitError extends DomainError {
  override name = 'StorageLimitError';
  readonly code = 'limit_exceeded';
}

/** A failure worth retrying (a dependency was briefly unavailable); ASL retries it by name. */
export class TransientError extends DomainError {
  override name = 'TransientError';
  readonly code = 'transient';
}

/** What is about to be certified differs from what the verifier locked: a stage must stop rather than certify it. */
export class DatasetChangedError extends Error {
  override name = 'DatasetChangedError';
}

/**
 * Stored data that does not match its schema (an item written by an older or broken writer, a corrupted document).
 * It names the key so the item can be found and repaired; nothing half-read is ever used.
 */
export class StoredDataError extends Error {
  override name = 'StoredDataError';
  constructor(
    readonly key: string,
    problem: string,
    options?: ErrorOptions,
  ) {
    super(`Stored item ${key} is not valid: ${problem}`, options);
  }
}

export function assertIsError(value: unknown): asserts value is Error {
  if (!(value instanceof Error)) throw new Error(`Non-error thrown: ${String(value)}`);
}
