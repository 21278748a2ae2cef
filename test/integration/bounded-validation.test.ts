// Through the API on the embedded runtime: parallel uploads queue for the validation slots, never more than the
// bound run at once, and every upload still gets its validation and its feedback workbook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskHandlers } from '../../core/stage-tasks/index.ts';
import type { TaskName } from '../../core/stage-tasks/task-names.ts';
import { feedbackWorkbookKey } from '../../core/validation/feedback-workbook.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  bringToDataCollection,
  signInAll,
  uploadWorkbook,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

const SLOTS = 2;
const UPLOADS = 6;
const workbookTasks: TaskName[] = ['validateSubmission', 'writeFeedbackWorkbook'];

/** Counts the workbook tasks running at once, as the handlers the runtime is given see them. */
const observed = { inside: 0, most: 0, ran: 0 };
/** Held until the bound is reached, so the test sees the queue full whatever the scheduling. */
let boundReached: () => void;
const full = new Promise<void>((resolve) => {
  boundReached = resolve;
});

function observing(task: TaskName) {
  return async (deps: Parameters<(typeof taskHandlers)[TaskName]>[0], payload: unknown) => {
    observed.inside++;
    observed.ran++;
    observed.most = Math.max(observed.most, observed.inside);
    try {
      if (observed.inside >= SLOTS) boundReached();
      await full;
      return await taskHandlers[task](deps, payload);
    } finally {
      observed.inside--;
    }
  };
}

let runtime: Runtime;
let actors: Actors;
const pilots: { pilotId: string; template: Buffer }[] = [];

beforeAll(async () => {
  const handlers = { ...taskHandlers };
  for (const task of workbookTasks) handlers[task] = observing(task);
  runtime = await startTestRuntime(tempDataDir(), undefined, {
    validationSlots: SLOTS,
    taskHandlers: handlers,
  });
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  for (let i = 0; i < UPLOADS; i++) pilots.push(await bringToDataCollection(actors, `City${i}`));
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('parallel uploads on the embedded runtime', () => {
  it('are all validated with feedback while no more workbook tasks run at once than there are slots', async () => {
    const workbooks = await Promise.all(pilots.map((p) => fillSampleWorkbook(p.template)));
    const validated = await Promise.all(
      pilots.map((p, i) => uploadWorkbook(actors, p.pilotId, workbooks[i]!)),
    );

    expect(validated.map((pilot) => pilot.submissions.at(-1)?.status)).toEqual(
      Array(UPLOADS).fill('validated'),
    );
    const documents = runtime.depsOf('writeFeedbackWorkbook').documents;
    const feedback = await Promise.all(pilots.map((p) => documents.head(feedbackWorkbookKey(p.pilotId, 1))));
    expect(feedback.every(Boolean)).toBe(true);
    expect(observed.ran).toBe(UPLOADS * workbookTasks.length);
    expect(observed.most).toBe(SLOTS);
    expect([runtime.validations.active, runtime.validations.pending]).toEqual([0, 0]);
  }, 120_000);
});
