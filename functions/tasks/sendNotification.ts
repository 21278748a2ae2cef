// Lambda entry for the sendNotification stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('sendNotification');
