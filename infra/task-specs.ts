// What each stage task's Lambda function needs: access to the table and buckets, e-mail, sizing; CDK turns it into grants.
import type { TaskName } from '../core/stage-tasks/task-names.ts';

type Access = 'none' | 'read' | 'readWrite';

/** What a task's Lambda function needs; CDK turns this into grants, nothing else does. */
export interface TaskSpec {
  table: Access;
  uploads: Access;
  documents: Access;
  sendsEmail: boolean;
  /** Reads the key that signs and checks issued templates (from Secrets Manager on AWS). */
  signsTemplates?: boolean;
  /** Issues presigned upload and download links (no grant: a link carries the function's own access). */
  signsLinks?: boolean;
  /** Starts stage executions (Step Functions). */
  startsStages?: boolean;
  /** Renders PDFs: on AWS its function reads the fonts from the one fonts layer (test/infra/bundle-contents.test.ts
   * checks this against what the bundle holds). */
  rendersPdf?: boolean;
  memoryMb: number;
  timeoutSeconds: number;
  /**
   * Opens the city's whole workbook, so its memory grows with the upload: on AWS at most this many run at once
   * (reserved concurrency; Step Functions retries the throttled rest), and the embedded runtime queues these tasks
   * in its validation slots (docs/decisions/0019-bounded-validation.md).
   */
  reservedConcurrency?: number;
}

/** Parallel workbook tasks per function on AWS: 8 simultaneous uploads run at once, a larger burst queues. */
const WORKBOOK_CONCURRENCY = 10;

const base: TaskSpec = {
  table: 'readWrite',
  uploads: 'none',
  documents: 'none',
  sendsEmail: false,
  memoryMb: 512,
  timeoutSeconds: 60,
};

export const taskSpecs: Record<TaskName, TaskSpec> = {
  checkLetter: { ...base, table: 'read', documents: 'readWrite', rendersPdf: true, memoryMb: 1024 },
  recordTransition: { ...base, sendsEmail: false },
  /** Writes the in-app copy of each e-mail (core/use-cases/notify.ts). */
  sendNotification: { ...base, sendsEmail: true },
  describePilot: { ...base, table: 'read' },
  recordStageFailure: { ...base, sendsEmail: true },
  // Reads the city's previous cycle's workbook (uploads) to carry its verified values over into the new template.
  generateTemplate: {
    ...base,
    table: 'read',
    uploads: 'read',
    documents: 'readWrite',
    signsTemplates: true,
    memoryMb: 1769,
    timeoutSeconds: 120,
  },
  validateSubmission: {
    ...base,
    signsTemplates: true,
    table: 'read',
    uploads: 'read',
    documents: 'readWrite',
    memoryMb: 1769,
    timeoutSeconds: 120,
    reservedConcurrency: WORKBOOK_CONCURRENCY,
  },
  // Opens the city's workbook with exceljs to write it back annotated: as much memory as validation, for its CPU.
  writeFeedbackWorkbook: {
    ...base,
    table: 'read',
    uploads: 'read',
    documents: 'readWrite',
    memoryMb: 1769,
    timeoutSeconds: 120,
    reservedConcurrency: WORKBOOK_CONCURRENCY,
  },
  generateReport: { ...base, table: 'read', documents: 'readWrite', rendersPdf: true, memoryMb: 1024 },
  // readWrite: it registers the certificate number (a PutItem), which the public check looks up.
  generateCertificate: {
    ...base,
    table: 'readWrite',
    documents: 'readWrite',
    rendersPdf: true,
    memoryMb: 1024,
  },
};
