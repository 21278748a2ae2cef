// The names of the domain's stage tasks: what a stage machine's Task state asks the domain to do.
export const taskNames = [
  'checkLetter',
  'recordTransition',
  'sendNotification',
  'describePilot',
  'recordStageFailure',
  'generateTemplate',
  'validateSubmission',
  'writeFeedbackWorkbook',
  'generateReport',
  'generateCertificate',
] as const;
export type TaskName = (typeof taskNames)[number];

/** The payload field every task receives naming its stage run, so its log lines can be followed across runtimes. */
export const EXECUTION_NAME_FIELD = 'executionName';
