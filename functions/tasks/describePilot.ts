// Lambda entry for the describePilot stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('describePilot');
