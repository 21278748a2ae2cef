import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  assertWithinStateLimit,
  DataLimitExceededError,
  MAX_STATE_PAYLOAD_BYTES,
  taskOverrides,
} from '../../../adapters/local/local-stage-runner.ts';
import { lambdaResponseLimit, MAX_LAMBDA_RESPONSE_BYTES } from '../../../local/lambda-limits.ts';

const silent = { info() {}, warn() {}, error() {} };

describe("Lambda's 6 MB response limit in the embedded runtime", () => {
  const app = new Hono();
  app.use('*', lambdaResponseLimit(silent));
  app.get('/small', (c) => c.json({ ok: true }));
  app.get('/large', (c) => c.text('x'.repeat(MAX_LAMBDA_RESPONSE_BYTES + 1)));

  it('passes a response within the limit unchanged', async () => {
    const response = await app.request('/small');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("answers API Gateway's 500 instead of a body over the limit", async () => {
    const response = await app.request('/large');

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal Server Error' });
  });
});

describe("Step Functions' 256 KB state payload limit in the local runner", () => {
  it('lets a payload at the limit through and refuses one byte more', () => {
    const atLimit = 'x'.repeat(MAX_STATE_PAYLOAD_BYTES - 2); // JSON adds the two quotes

    expect(() => assertWithinStateLimit('a result', atLimit)).not.toThrow();
    expect(() => assertWithinStateLimit('a result', `${atLimit}x`)).toThrow(DataLimitExceededError);
  });

  it('fails a Task whose result is over the limit with States.DataLimitExceeded', async () => {
    const overrides = taskOverrides('reporting', async () => ({
      documents: 'x'.repeat(MAX_STATE_PAYLOAD_BYTES),
    }));

    const failure = await overrides.GenerateReport!({ Payload: { pilotId: 'p1' } }).catch((e: Error) => e);

    expect(failure).toMatchObject({ name: 'States.DataLimitExceeded' });
  });
});
