// Lambda entry for the generateTemplate stage task.
import { generateTemplate } from '../../core/stage-tasks/template.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('generateTemplate', generateTemplate);
