// Lambda entry for the generateCertificate stage task.
import { createTaskHandler } from '../task.ts';

export const handler = createTaskHandler('generateCertificate');
