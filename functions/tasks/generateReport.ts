// Lambda entry for the generateReport stage task.
import { generateReport } from '../../core/stage-tasks/documents.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('generateReport', generateReport);
