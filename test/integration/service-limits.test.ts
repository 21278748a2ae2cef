// Service limits held locally with AWS's error shapes: a pilot whose record would pass DynamoDB's 400 KB item limit
// refuses the change cleanly, records nothing, and stays readable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { ApiError } from '../../scripts/lib/api-client.ts';
import {
  type Actors,
  bringToVerification,
  getPilot,
  signInAll,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

let runtime: Runtime;
let actors: Actors;
let pilotId: string;

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  pilotId = await bringToVerification(actors);
  await waitForStage(actors.verifier, pilotId, 'in_verification');
});
afterAll(() => runtime.stop());

const timelineLength = async () =>
  (await actors.secretariat.call<{ timeline: unknown[] }>('GET', `/pilots/${pilotId}`)).timeline.length;

describe("a pilot at DynamoDB's item limit", () => {
  it('refuses the change that would pass it with limit_exceeded, records nothing, and stays readable', async () => {
    // Every text at its schema's maximum: 2,000-character notes on every data point, then 5,000-character queries.
    const { results } = await actors.verifier.call<{ results: { dataPointId: string }[] }>(
      'GET',
      `/pilots/${pilotId}/submissions/1`,
    );
    await actors.verifier.call('POST', `/pilots/${pilotId}/reviews`, {
      items: results.map((r) => ({
        dataPointId: r.dataPointId,
        status: 'accepted_with_note',
        note: 'n'.repeat(2000),
      })),
    });
    let refusal: ApiError | undefined;
    let before = 0;
    for (let i = 0; i < 60 && !refusal; i++) {
      before = await timelineLength();
      refusal = await actors.verifier
        .call('POST', `/pilots/${pilotId}/queries`, {
          dataPointId: results[i % results.length]!.dataPointId,
          question: `Question ${i}: ${'q'.repeat(4980)}`,
        })
        .then(() => undefined)
        .catch((error: unknown) => (error instanceof ApiError ? error : Promise.reject(error)));
    }

    expect(refusal?.status).toBe(409);
    expect(refusal?.body.error?.code).toBe('limit_exceeded');
    expect(refusal?.body.error?.message).toMatch(/400 KB item limit; nothing was recorded/);
    expect(await timelineLength()).toBe(before);
    expect((await getPilot(actors.city, pilotId)).stage).toBe('in_verification');
  });
});
