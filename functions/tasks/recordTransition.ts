// Lambda entry for the recordTransition stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('recordTransition');
