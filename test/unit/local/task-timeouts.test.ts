// Task timeouts in the embedded runtime start when a task runs, not while it waits for a workbook slot, as a
// throttled Lambda invocation's does on AWS; a task that runs past its timeout still fails with States.Timeout.
import { describe, expect, it } from 'vitest';
import { taskOverrides, taskTimeoutsMs } from '../../../adapters/local/local-stage-runner.ts';
import { Limiter } from '../../../local/limiter.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const input = { Payload: { pilotId: 'p1' } };

describe('task timeouts in the embedded runtime', () => {
  it("are each Task state's TimeoutSeconds in the ASL", () => {
    expect(taskTimeoutsMs('reporting').GenerateReport).toBe(120_000);
  });

  it('let a task that waited in the queue longer than its timeout run to the end', async () => {
    const slots = new Limiter(1);
    const overrides = taskOverrides(
      'reporting',
      async () => {
        await sleep(60);
        return { ok: true };
      },
      { queueFor: () => slots, timeoutsMs: { GenerateReport: 100 } },
    );

    // The third waits about 120 ms for its slot, more than its 100 ms timeout, then runs 60 ms.
    const results = await Promise.all([1, 2, 3].map(() => overrides.GenerateReport!(input)));

    expect(results).toEqual([1, 2, 3].map(() => ({ StatusCode: 200, Payload: { ok: true } })));
  });

  it('fail a task that runs past its timeout with States.Timeout', async () => {
    const overrides = taskOverrides(
      'reporting',
      async () => {
        await sleep(200);
        return {};
      },
      { timeoutsMs: { GenerateReport: 30 } },
    );

    const failure = await overrides.GenerateReport!(input).catch((e: Error) => e);

    expect(failure).toMatchObject({ name: 'States.Timeout' });
  });
});
