// A stage task's Lambda handler logs its pilot and execution on every line of one invocation, and on no line of the
// next: the keys belong to the invocation, not to the warm function.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TaskHandler } from '../../../core/stage-tasks/index.ts';
import { sampleLambdaEnv } from '../../infra/support/lambda-env.ts';
import { captureLogLines } from '../../support/log-lines.ts';

const lines = captureLogLines();
let createTaskHandler: typeof import('../../../functions/task.ts').createTaskHandler;

beforeAll(async () => {
  // functions/composition.ts reads its configuration when it loads; give it a well-formed one.
  Object.assign(process.env, sampleLambdaEnv);
  ({ createTaskHandler } = await import('../../../functions/task.ts'));
});

/** A task that logs through the domain's logger, as every stage task does. */
const chatty: TaskHandler = async (deps, input) => {
  deps.logger.info('Task started');
  await new Promise((resolve) => setTimeout(resolve, 1));
  deps.logger.warn('Task half way', { step: 1 });
  if ((input as { fail?: boolean }).fail) throw new Error('boom');
  return { done: true };
};

const keysOf = (line: Record<string, unknown>) => ({
  pilotId: line.pilotId,
  executionName: line.executionName,
});

describe('task handler log correlation', () => {
  it('puts pilotId and executionName on every line of an invocation, and neither on the next for another pilot', async () => {
    const handler = createTaskHandler('sendNotification', chatty);

    await handler({ pilotId: 'p1', executionName: 'p1-submission-validation-3', kind: 'submission_valid' });
    const first = lines.splice(0);
    await handler({ pilotId: 'p2', kind: 'letter_received' });
    const second = lines.splice(0);

    expect(first.map((l) => l.message)).toEqual(['Task started', 'Task half way']);
    for (const line of first)
      expect(keysOf(line)).toEqual({ pilotId: 'p1', executionName: 'p1-submission-validation-3' });
    expect(second).toHaveLength(2);
    for (const line of second) expect(keysOf(line)).toEqual({ pilotId: 'p2', executionName: undefined });
  });

  it('keeps the keys on the failure line, and keeps two invocations at once apart', async () => {
    const handler = createTaskHandler('sendNotification', chatty);

    const outcomes = await Promise.allSettled([
      handler({ pilotId: 'p1', executionName: 'run-a', fail: true }),
      handler({ pilotId: 'p2', executionName: 'run-b' }),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect(lines.find((l) => l.message === 'Task failed')).toMatchObject({
      pilotId: 'p1',
      executionName: 'run-a',
    });
    for (const line of lines) expect(line.executionName).toBe(line.pilotId === 'p1' ? 'run-a' : 'run-b');
    expect(lines).toHaveLength(5);
  });

  it('logs a payload without the keys without any', async () => {
    await createTaskHandler('sendNotification', chatty)('not an object');

    for (const line of lines) expect(keysOf(line)).toEqual({ pilotId: undefined, executionName: undefined });
  });
});
