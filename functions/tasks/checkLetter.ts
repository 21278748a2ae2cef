// Lambda entry for the checkLetter stage task.
import { checkLetter } from '../../core/stage-tasks/check-letter.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('checkLetter', checkLetter);
