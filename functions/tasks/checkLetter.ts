// Lambda entry for the checkLetter stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('checkLetter');
