// The names of the domain's stage tasks: what a stage machine's Task state asks the domain to do.
export const taskNames = [
  'checkLetter',
  'recordTransition',
  'sendNotification',
  'describePilot',
  'recordStageFailure',
  'generateTemplate',
  'validateSubmission',
  'generateReport',
  'generateCertificate',
] as const;
export type TaskName = (typeof taskNames)[number];
