// Each AWS adapter through the real SDK with a canned transport: transient failures arrive as TransientError naming
// the operation, domain conditions keep their own translation, and anything else passes through as the SDK raised it.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { DynamoStore } from '../../../adapters/aws/dynamo-store.ts';
import { S3ObjectStore } from '../../../adapters/aws/s3-object-store.ts';
import { SesNotifier } from '../../../adapters/aws/ses-notifier.ts';
import { SfnStageRunner } from '../../../adapters/aws/sfn-stage-runner.ts';
import { ConcurrencyConflictError, TransientError } from '../../../core/errors.ts';
import type { PilotEvent } from '../../../core/lifecycle/events.ts';
import { lambdaConfig } from '../../../functions/config.ts';
import { loadTemplateSigningKey } from '../../../functions/signing-key.ts';
import { sampleLambdaEnv } from '../../infra/support/lambda-env.ts';
import {
  type CannedResponse,
  fakeAwsConfig,
  jsonError,
  networkError,
  xmlError,
} from '../../support/fake-aws.ts';
import { letter, system } from '../../support/pilots.ts';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: Error) => error,
  );

/** Asserts a TransientError whose message names the operation and whose cause is the SDK's error. */
function expectTransient(error: Error | undefined, operation: string, causeName: string) {
  expect(error).toBeInstanceOf(TransientError);
  expect(error?.message).toMatch(new RegExp(`^${operation} failed transiently \\(${causeName}: `));
  expect((error?.cause as Error | undefined)?.name).toBe(causeName);
}

const store = (canned: CannedResponse | Error) =>
  new DynamoStore(new DynamoDBClient(fakeAwsConfig(canned)), 'pilots');
const bucket = (canned: CannedResponse | Error) =>
  new S3ObjectStore(new S3Client(fakeAwsConfig(canned)), 'uploads');
const mailer = (canned: CannedResponse | Error) =>
  new SesNotifier(fakeAwsConfig(canned), 'no-reply@u4ssc.test');
const starter = (canned: CannedResponse | Error) =>
  new SfnStageRunner(fakeAwsConfig(canned), {
    'letter-of-intent-intake': 'arn:aws:states:eu-west-1:000000000000:stateMachine:intake',
  } as never);

const firstEvent: PilotEvent = {
  pilotId: 'p1',
  seq: 1,
  at: '2026-01-01T00:00:00.000Z',
  actor: system,
  type: 'LetterOfIntentSubmitted',
  data: { cityId: 'aurora', letter },
};
const message = { to: ['focal@aurora.example'], subject: 'Hello', text: 'Body' };
const run = {
  machine: 'letter-of-intent-intake',
  executionName: 'p1-intake-1',
  input: { pilotId: 'p1' },
} as const;

describe('DynamoStore', () => {
  it.each([
    ['ProvisionedThroughputExceededException', 400],
    ['ThrottlingException', 400],
    ['RequestLimitExceeded', 400],
    ['InternalServerError', 500],
  ])('reports %s as transient', async (type, status) => {
    expectTransient(
      await failureOf(store(jsonError(status, type)).getVerifier('v1')),
      'DynamoDB GetItem',
      type,
    );
  });

  it('reports a broken connection as transient', async () => {
    expectTransient(
      await failureOf(store(networkError('ECONNRESET')).events('p1')),
      'DynamoDB Query',
      'Error',
    );
  });

  it('still turns a lost append race into ConcurrencyConflictError, and a grant used by another object into that', async () => {
    const raced = store(jsonError(400, 'ConditionalCheckFailedException'));

    expect(await failureOf(raced.append(undefined, firstEvent))).toBeInstanceOf(ConcurrencyConflictError);
    expect(await raced.claimGrant('p1', 'u1', { at: '2026-01-01T00:00:00.000Z', objectTag: '"etag"' })).toBe(
      'claimed-by-another-object',
    );
  });

  it('passes a refused request through unchanged', async () => {
    const error = await failureOf(store(jsonError(400, 'ValidationException')).load('p1'));

    expect(error).not.toBeInstanceOf(TransientError);
    expect(error?.name).toBe('ValidationException');
  });
});

describe('S3ObjectStore', () => {
  it('reports SlowDown and a 503 as transient', async () => {
    expectTransient(await failureOf(bucket(xmlError(503, 'SlowDown')).get('k')), 'S3 GetObject', 'SlowDown');
    expectTransient(
      await failureOf(bucket(xmlError(503, 'ServiceUnavailable')).copy('a', 'b')),
      'S3 CopyObject',
      'ServiceUnavailable',
    );
  });

  it('reports a timed-out put as transient', async () => {
    const timeout = Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' });

    expectTransient(
      await failureOf(bucket(timeout).put('k', new Uint8Array([1]), 'text/plain')),
      'S3 PutObject',
      'TimeoutError',
    );
  });

  it('still answers a missing object with undefined, and passes a denied read through', async () => {
    expect(await bucket({ status: 404 }).head('k')).toBeUndefined();
    const denied = await failureOf(bucket(xmlError(403, 'AccessDenied')).get('k'));
    expect(denied).not.toBeInstanceOf(TransientError);
    expect(denied?.name).toBe('AccessDenied');
  });
});

describe('SesNotifier', () => {
  it('reports the sending-rate limits as transient', async () => {
    expectTransient(
      await failureOf(mailer(jsonError(429, 'TooManyRequestsException')).send(message)),
      'SESv2 SendEmail',
      'TooManyRequestsException',
    );
    expectTransient(
      await failureOf(
        mailer(jsonError(400, 'ThrottlingException', 'Maximum sending rate exceeded.')).send(message),
      ),
      'SESv2 SendEmail',
      'ThrottlingException',
    );
  });

  it.each([
    ['a rejected message', jsonError(400, 'MessageRejected')],
    ['a resource limit', jsonError(400, 'LimitExceededException')],
    ['a spent daily quota', jsonError(400, 'ThrottlingException', 'Daily message quota exceeded.')],
  ])('passes %s through unchanged', async (_what, canned) => {
    const error = await failureOf(mailer(canned).send(message));

    expect(error).toBeDefined();
    expect(error).not.toBeInstanceOf(TransientError);
  });
});

describe('SfnStageRunner', () => {
  it('reports throttling and a server error as transient', async () => {
    expectTransient(
      await failureOf(starter(jsonError(400, 'ThrottlingException')).start(run)),
      'SFN StartExecution',
      'ThrottlingException',
    );
    expectTransient(
      await failureOf(starter(networkError('EPIPE')).start(run)),
      'SFN StartExecution',
      'Error',
    );
  });

  it('still treats a run started before as started, and passes a refused start through', async () => {
    await expect(starter(jsonError(400, 'ExecutionAlreadyExists')).start(run)).resolves.toBeUndefined();
    const error = await failureOf(starter(jsonError(400, 'InvalidExecutionInput')).start(run));
    expect(error?.name).toBe('InvalidExecutionInput');
  });
});

describe('template signing key from Secrets Manager', () => {
  const { TEMPLATE_SIGNING_KEY: _key, ...env } = sampleLambdaEnv;
  const config = lambdaConfig({ ...env, TEMPLATE_SIGNING_KEY_SECRET: 'u4ssc/template-signing-key' });

  it('reports an unavailable service as transient', async () => {
    expectTransient(
      await failureOf(loadTemplateSigningKey(config, fakeAwsConfig(jsonError(500, 'InternalServiceError')))),
      'SecretsManager GetSecretValue',
      'InternalServiceError',
    );
  });

  it('passes a missing secret through unchanged', async () => {
    const error = await failureOf(
      loadTemplateSigningKey(config, fakeAwsConfig(jsonError(400, 'ResourceNotFoundException'))),
    );
    expect(error?.name).toBe('ResourceNotFoundException');
  });
});
