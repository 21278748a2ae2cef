// Lambda entry for the writeFeedbackWorkbook stage task.
import { writeFeedbackWorkbook } from '../../core/stage-tasks/write-feedback.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('writeFeedbackWorkbook', writeFeedbackWorkbook);
