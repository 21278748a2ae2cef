// Lambda entry for the validateSubmission stage task.
import { validateSubmission } from '../../core/stage-tasks/validate.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('validateSubmission', validateSubmission);
