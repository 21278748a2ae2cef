// Lambda entry for the generateTemplate stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('generateTemplate');
