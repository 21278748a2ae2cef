// Lambda entry for the generateCertificate stage task.
import { generateCertificate } from '../../core/stage-tasks/documents.ts';
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('generateCertificate', generateCertificate);
