// Which AWS failures are transient: rate limits, server errors and broken connections; never a domain condition.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { isTransient, translateTransientErrors } from '../../../adapters/aws/transient.ts';
import { TransientError } from '../../../core/errors.ts';
import { fakeAwsConfig, jsonError } from '../../support/fake-aws.ts';

const sdkError = (name: string, status?: number, extra: object = {}) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status }, ...extra });

describe('isTransient', () => {
  it.each([
    ['ThrottlingException', 400],
    ['Throttling', 400],
    ['ProvisionedThroughputExceededException', 400],
    ['RequestLimitExceeded', 400],
    ['TooManyRequestsException', 429],
    ['SlowDown', 503],
  ])('counts the rate limit %s', (name, status) => {
    expect(isTransient(sdkError(name, status))).toBe(true);
    expect(isTransient(sdkError(name))).toBe(true);
  });

  it.each([
    ['InternalServerError', 500],
    ['ServiceUnavailable', 503],
    ['InternalServiceError', undefined],
    ['SomeNewServerFault', 502],
    ['UnnamedRateLimit', 429],
  ])('counts the server failure %s (HTTP %s)', (name, status) => {
    expect(isTransient(sdkError(name, status))).toBe(true);
  });

  it.each([
    ['a timeout', sdkError('TimeoutError')],
    ['ECONNRESET', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['ETIMEDOUT', Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' })],
    ['EPIPE', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })],
    ['a hung-up socket', new Error('socket hang up')],
    [
      'an error the SDK models as retryable',
      sdkError('ReplicatedWriteConflictException', 400, { $retryable: {} }),
    ],
  ])('counts %s', (_what, error) => {
    expect(isTransient(error)).toBe(true);
  });

  it.each([
    ['a failed condition', sdkError('ConditionalCheckFailedException', 400)],
    ['a missing object', sdkError('NotFound', 404)],
    ['a refused request', sdkError('ValidationException', 400)],
    ['denied access', sdkError('AccessDeniedException', 403)],
    ["SES's resource limit", sdkError('LimitExceededException', 400)],
    ['a rejected message', sdkError('MessageRejected', 400)],
    ['an operation never served', sdkError('NotImplemented', 501)],
    [
      'a spent daily quota',
      Object.assign(sdkError('ThrottlingException', 400), { message: 'Daily message quota exceeded.' }),
    ],
    ['a bug', new TypeError('x is undefined')],
    ['a thrown string', 'ECONNRESET'],
  ])('does not count %s', (_what, error) => {
    expect(isTransient(error)).toBe(false);
  });
});

describe('translateTransientErrors on a client', () => {
  const get = new GetItemCommand({ TableName: 't', Key: { pk: { S: 'p' } } });

  it('turns a throttled call into a TransientError naming the operation, with the SDK error as cause', async () => {
    const client = translateTransientErrors(
      new DynamoDBClient(fakeAwsConfig(jsonError(400, 'ThrottlingException', 'Rate exceeded'))),
    );

    const error = await client.send(get).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toBe(
      'DynamoDB GetItem failed transiently (ThrottlingException: Rate exceeded)',
    );
    expect(((error as Error).cause as Error).name).toBe('ThrottlingException');
  });

  it('passes any other error through unchanged', async () => {
    const client = translateTransientErrors(
      new DynamoDBClient(fakeAwsConfig(jsonError(400, 'ValidationException'))),
    );

    const error = await client.send(get).catch((e: unknown) => e);

    expect(error).not.toBeInstanceOf(TransientError);
    expect((error as Error).name).toBe('ValidationException');
  });

  it('may be installed twice on a shared client, and translates once', async () => {
    const client = new DynamoDBClient(fakeAwsConfig(jsonError(500, 'InternalServerError')));
    translateTransientErrors(translateTransientErrors(client));

    const error = await client.send(get).catch((e: unknown) => e);

    expect(((error as Error).cause as Error).name).toBe('InternalServerError');
  });
});
