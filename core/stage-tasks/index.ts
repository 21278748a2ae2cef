// The task handlers behind the stage machines' Task states, keyed by the task names of the stage-machine table.

import type { CoreDeps } from '../use-cases/deps.ts';
import { checkLetter } from './check-letter.ts';
import { generateCertificate, generateReport } from './documents.ts';
import { describePilot, recordStageFailure, recordTransition, sendNotification } from './record.ts';
import type { TaskName } from './task-names.ts';
import { generateTemplate } from './template.ts';
import { validateSubmission } from './validate.ts';
import { writeFeedbackWorkbook } from './write-feedback.ts';

export type TaskHandler = (deps: CoreDeps, input: unknown) => Promise<unknown>;

export const taskHandlers: Record<TaskName, TaskHandler> = {
  checkLetter,
  recordTransition,
  sendNotification,
  describePilot,
  recordStageFailure,
  generateTemplate,
  validateSubmission,
  writeFeedbackWorkbook,
  generateReport,
  generateCertificate,
};
