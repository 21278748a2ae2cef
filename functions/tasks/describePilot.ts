// Lambda entry for the describePilot stage task.
import { describePilot } from '../../core/stage-tasks/record.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('describePilot', describePilot);
