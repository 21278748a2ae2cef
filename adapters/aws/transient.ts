// Turns the AWS SDK's throttling, server and network failures into the domain's TransientError, for every call of a
// client: Step Functions' standard Retry and the API's 503 match that one name, not each service's own error names.
import { TransientError } from '../../core/errors.ts';

/** Rate limits. SES's LimitExceededException is left out: it counts resources (identities, lists), not requests. */
const rateLimited = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'SlowDown',
]);

/** Server-side trouble under the names the services use (the HTTP status, when present, says the same). */
const serviceDown = new Set([
  'InternalServerError',
  'InternalServiceError',
  'InternalError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);

const timedOut = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

/** Node's socket errors: the connection broke or never came up, so the request may well succeed when repeated. */
const networkCodes = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN']);

/** SES throttles with this when the 24-hour quota is spent; retrying within seconds cannot help. */
const DAILY_QUOTA = /daily message quota exceeded/i;

interface SdkError {
  name: string;
  message: string;
  code?: string;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
}

/** Whether repeating the same call later may succeed. The SDK has already retried by the time this is asked. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { name, message, code, $retryable, $metadata } = error as SdkError;
  if (DAILY_QUOTA.test(message)) return false;
  const status = $metadata?.httpStatusCode ?? 0;
  return (
    rateLimited.has(name) ||
    serviceDown.has(name) ||
    timedOut.has(name) ||
    networkCodes.has(code ?? '') ||
    /socket hang up/i.test(message) ||
    $retryable !== undefined ||
    status === 429 ||
    // 501 Not Implemented is a request the service will never serve, not an outage.
    (status >= 500 && status !== 501)
  );
}

/** The SDK's call context names the client and the command, e.g. "DynamoDBClient" and "PutItemCommand". */
interface CallContext {
  clientName?: string;
  commandName?: string;
}

/** Generic in the call's arguments and result, so it fits every client's middleware stack. */
type Middleware = <A, R>(next: (args: A) => Promise<R>, context: CallContext) => (args: A) => Promise<R>;

/** What an SDK v3 client (or the DynamoDB document client, which shares its client's stack) offers for this. */
export interface MiddlewareHost {
  middlewareStack: {
    add(middleware: Middleware, options: { step: 'initialize'; name: string; override: boolean }): void;
  };
}

const operationOf = ({ clientName = 'AWS', commandName = 'call' }: CallContext) =>
  `${clientName.replace(/Client$/, '')} ${commandName.replace(/Command$/, '')}`;

const translate: Middleware = (next, context) => async (args) => {
  try {
    return await next(args);
  } catch (error) {
    if (!isTransient(error)) throw error;
    const { name, message } = error as Error;
    throw new TransientError(`${operationOf(context)} failed transiently (${name}: ${message})`, undefined, {
      cause: error,
    });
  }
};

/**
 * Installs the translation on every send of the client. It sits in the initialize step, outside the SDK's own
 * retries, so it sees only the error left after them. Installing it twice replaces it, so adapters sharing a
 * client may each install it.
 */
export function translateTransientErrors<C extends MiddlewareHost>(client: C): C {
  client.middlewareStack.add(translate, { step: 'initialize', name: 'u4sscTransientErrors', override: true });
  return client;
}
