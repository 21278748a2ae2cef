// Lambda entry for the recordStageFailure stage task; the Catch's cause arrives as Lambda's error payload.
import { recordStageFailure } from '../../core/stage-tasks/record.ts';
import { withReadableCause } from '../failure-cause.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('recordStageFailure', (deps, input) =>
  recordStageFailure(deps, withReadableCause(input)),
);
