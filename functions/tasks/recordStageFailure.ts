// Lambda entry for the recordStageFailure stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('recordStageFailure');
