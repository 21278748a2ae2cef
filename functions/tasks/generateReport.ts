// Lambda entry for the generateReport stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('generateReport');
