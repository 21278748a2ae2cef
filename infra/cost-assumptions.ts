// The unit prices and usage figures behind infra/cost-estimate.ts, stated once so a reader can challenge each one.
import type { StageMachineName } from '../core/lifecycle/stages.ts';
import type { TaskName } from '../core/stage-tasks/task-names.ts';

/** us-east-1 on-demand list prices in USD (eu-west-1 is within a few percent); arm64 Lambda. Check before quoting. */
export const prices = {
  lambdaGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  stepFunctionsPerThousandTransitions: 0.025,
  httpApiPerMillionRequests: 1.0,
  dynamoPerMillionWrites: 0.625,
  dynamoPerMillionReads: 0.125,
  dynamoGbMonth: 0.25,
  dynamoPitrGbMonth: 0.2,
  s3StandardGbMonth: 0.023,
  s3PerThousandPuts: 0.005,
  s3PerThousandGets: 0.0004,
  logsIngestPerGb: 0.5,
  logsStoredGbMonth: 0.03,
  xrayPerMillionTraces: 5.0,
  /** Standard-resolution alarm, per metric it evaluates (a metric-math alarm of two metrics counts twice). */
  alarmMetricMonth: 0.1,
  secretMonth: 0.4,
  sesPerThousandEmails: 0.1,
  /** Cognito Essentials: the first 10,000 monthly active users are free; a pilot stays far below. */
  cognitoMau: 0,
  /** CloudFront's always-free tier (1 TB, 10 M requests a month) covers a portal of this size. */
  cloudFront: 0,
} as const;

/** How often each stage machine runs in one city's lifecycle: two rejected workbooks before a valid one. */
export const runsPerLifecycle: Record<StageMachineName, number> = {
  'letter-of-intent-intake': 1,
  'template-issuance': 1,
  'submission-validation': 3,
  'verification-dispatch': 1,
  reporting: 1,
  certification: 1,
};

/** Typical warm duration of one task invocation, in milliseconds. */
export const taskDurationMs: Record<TaskName, number> = {
  checkLetter: 200,
  recordTransition: 150,
  sendNotification: 250,
  describePilot: 100,
  recordStageFailure: 150,
  generateTemplate: 3000,
  validateSubmission: 6000,
  writeFeedbackWorkbook: 3000,
  generateReport: 4000,
  generateCertificate: 2000,
};

export const usage = {
  /** Portal calls over a 6-9 month lifecycle by the city, its verifier and the secretariat. */
  apiRequestsPerLifecycle: 3000,
  apiDurationMs: 120,
  uploadsPerLifecycle: 3,
  uploadEventDurationMs: 400,
  emailsPerLifecycle: 30,
  /** Events plus projections, each written to the table and up to three GSIs; reads behind the API calls. */
  dynamoWritesPerLifecycle: 600,
  dynamoReadsPerLifecycle: 15000,
  dynamoGbPerCity: 0.002,
  /** Workbooks (three versions), template, results, report and certificate, with their old versions. */
  s3GbPerCity: 0.02,
  s3PutsPerLifecycle: 40,
  s3GetsPerLifecycle: 400,
  /** Lambda and Step Functions (ALL, with execution data) log lines, about 2 KB per invocation or state. */
  logKbPerEvent: 2,
  sweepsPerYear: 4 * 24 * 365,
  sweepDurationMs: 800,
} as const;
