// Lambda entry for the recordTransition stage task.
import { recordTransition } from '../../core/stage-tasks/record.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('recordTransition', recordTransition);
