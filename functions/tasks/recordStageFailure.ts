// Lambda entry for the recordStageFailure stage task.
import { recordStageFailure } from '../../core/stage-tasks/record.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('recordStageFailure', recordStageFailure);
