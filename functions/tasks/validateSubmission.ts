// Lambda entry for the validateSubmission stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('validateSubmission');
