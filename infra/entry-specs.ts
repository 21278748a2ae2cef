// What each function outside the stage machines needs (API, upload events, sweeper, execution-failed): the same
// vocabulary as the task specs, with no CDK import so the embedded runtime can read it too.
import type { TaskSpec } from './task-specs.ts';

export const entryNames = ['api', 'upload-event', 'sweeper', 'execution-failed'] as const;
export type EntryName = (typeof entryNames)[number];

/** Same vocabulary as a task's spec; "readWrite" on uploads is what signing a presigned POST needs (s3:PutObject).
 * Only the API, upload events and the sweeper start stages; execution-failed reacts to machines and must never. */
export const entrySpecs: Record<EntryName, TaskSpec> = {
  // More memory buys CPU for a faster cold start; API Gateway gives up after 30 s anyway.
  // Documents: it copies the mayor's signed letter of intent from uploads into the pilot's documents.
  // PDFs: the secretariat's factsheet is rendered by the request that produces it (decision 0040).
  api: {
    table: 'readWrite',
    uploads: 'readWrite',
    documents: 'readWrite',
    sendsEmail: true,
    signsLinks: true,
    startsStages: true,
    rendersPdf: true,
    memoryMb: 1024,
    timeoutSeconds: 29,
  },
  'upload-event': {
    table: 'readWrite',
    uploads: 'readWrite',
    documents: 'none',
    sendsEmail: true,
    startsStages: true,
    memoryMb: 512,
    timeoutSeconds: 60,
  },
  // Uploads: it finishes workbooks whose event was lost (reads them, copies the received version).
  sweeper: {
    table: 'readWrite',
    uploads: 'readWrite',
    documents: 'none',
    sendsEmail: true,
    startsStages: true,
    memoryMb: 512,
    timeoutSeconds: 300,
  },
  // Same rights as the machines' RecordFailure task: append the failure event and tell the secretariat.
  'execution-failed': {
    table: 'readWrite',
    uploads: 'none',
    documents: 'none',
    sendsEmail: true,
    memoryMb: 256,
    timeoutSeconds: 60,
  },
};

export const stageStarters: readonly EntryName[] = entryNames.filter((name) => entrySpecs[name].startsStages);

/** Invoked asynchronously by EventBridge rules (S3 events, the schedule, execution status changes); the API is
 * invoked synchronously by API Gateway, the tasks by Step Functions. */
export const eventTargets: readonly EntryName[] = ['upload-event', 'sweeper', 'execution-failed'];
