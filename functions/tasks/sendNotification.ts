// Lambda entry for the sendNotification stage task.
import { sendNotification } from '../../core/stage-tasks/record.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('sendNotification', sendNotification);
