// Service limits held locally with AWS's error shapes: a decision too large for one 400 KB item is refused cleanly
// and records nothing, and a pilot with every text at its maximum is stored, through the gateway that enforces the
// item limit, and stays readable (its details are items of their own: test/integration/bounded-items.test.ts).
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

describe("a pilot near DynamoDB's item limit", () => {
  it('refuses a decision too large to record as one item with a clear message, and records nothing', async () => {
    const { results } = await actors.verifier.call<{ results: { dataPointId: string }[] }>(
      'GET',
      `/pilots/${pilotId}/submissions/1`,
    );
    const before = await timelineLength();

    // 2,000 three-byte characters on every data point: each note within its limit, the batch over one record.
    const refusal = await actors.verifier
      .call('POST', `/pilots/${pilotId}/reviews`, {
        items: results.map((r) => ({
          dataPointId: r.dataPointId,
          status: 'not_verified',
          note: '城'.repeat(2000),
        })),
      })
      .catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).status).toBe(400);
    expect((refusal as ApiError).body.error?.message).toMatch(/too large to record/);
    expect(await timelineLength()).toBe(before);
  });

  it('records every text at its maximum through the gateway that enforces the limit, and stays readable', async () => {
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
    for (let i = 0; i < 30; i++) {
      await actors.verifier.call('POST', `/pilots/${pilotId}/queries`, {
        dataPointId: results[i]!.dataPointId,
        question: `Question ${i}: ${'q'.repeat(4980)}`,
      });
    }

    // The verifier reads the reviews: the city sees them only once the conclusion is approved.
    const pilot = await getPilot(actors.verifier, pilotId);
    expect(pilot.stage).toBe('in_verification');
    expect(pilot.verification?.queries).toHaveLength(30);
    expect(Object.keys(pilot.verification?.reviews ?? {})).toHaveLength(results.length);
  });
});
