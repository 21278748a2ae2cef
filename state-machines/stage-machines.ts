// The one table of stage machines: each ASL file, the task handler behind each Task state, and what each task may touch.
// CDK, the local runner and the parity tests all read it, so the two runtimes cannot drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StageMachineName } from '../core/lifecycle/stages.ts';

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
  memoryMb: number;
  timeoutSeconds: number;
}

const base: TaskSpec = {
  table: 'readWrite',
  uploads: 'none',
  documents: 'none',
  sendsEmail: false,
  memoryMb: 512,
  timeoutSeconds: 60,
};

export const taskSpecs: Record<TaskName, TaskSpec> = {
  checkLetter: { ...base, table: 'read', documents: 'readWrite', memoryMb: 1024 },
  recordTransition: { ...base, sendsEmail: false },
  sendNotification: { ...base, table: 'read', sendsEmail: true },
  describePilot: { ...base, table: 'read' },
  recordStageFailure: { ...base, sendsEmail: true },
  generateTemplate: { ...base, table: 'read', documents: 'readWrite', signsTemplates: true, memoryMb: 1024 },
  validateSubmission: {
    ...base,
    signsTemplates: true,
    table: 'read',
    uploads: 'read',
    documents: 'readWrite',
    memoryMb: 1769,
    timeoutSeconds: 120,
  },
  generateReport: { ...base, table: 'read', documents: 'readWrite', memoryMb: 1024 },
  generateCertificate: { ...base, table: 'read', documents: 'readWrite', memoryMb: 1024 },
};

export interface StageMachineSpec {
  file: string;
  /** Task state name -> the task handler it invokes. */
  tasks: Record<string, TaskName>;
}

const common = { RecordFailure: 'recordStageFailure' } as const;

export const stageMachines: Record<StageMachineName, StageMachineSpec> = {
  'letter-of-intent-intake': {
    file: 'letter-of-intent-intake.asl.json',
    tasks: {
      CheckLetter: 'checkLetter',
      NotifySecretariat: 'sendNotification',
      AcknowledgeCity: 'sendNotification',
      RecordIntake: 'recordTransition',
      ...common,
    },
  },
  'template-issuance': {
    file: 'template-issuance.asl.json',
    tasks: {
      GenerateTemplate: 'generateTemplate',
      RecordTemplateIssued: 'recordTransition',
      NotifyCity: 'sendNotification',
      OpenDataCollection: 'recordTransition',
      ...common,
    },
  },
  'submission-validation': {
    file: 'submission-validation.asl.json',
    tasks: {
      ValidateSubmission: 'validateSubmission',
      NotifyValid: 'sendNotification',
      RecordValidated: 'recordTransition',
      NotifyInvalid: 'sendNotification',
      RecordRejected: 'recordTransition',
      ...common,
    },
  },
  'verification-dispatch': {
    file: 'verification-dispatch.asl.json',
    tasks: {
      DescribePilot: 'describePilot',
      NotifyVerifier: 'sendNotification',
      RecordTaskSent: 'recordTransition',
      ...common,
    },
  },
  reporting: {
    file: 'reporting.asl.json',
    tasks: {
      GenerateReport: 'generateReport',
      NotifyCity: 'sendNotification',
      RecordReportIssued: 'recordTransition',
      ...common,
    },
  },
  certification: {
    file: 'certification.asl.json',
    tasks: {
      GenerateCertificate: 'generateCertificate',
      NotifyCity: 'sendNotification',
      RecordCertificateIssued: 'recordTransition',
      ...common,
    },
  },
};

/** The placeholder a Task state uses for its function, e.g. `${ValidateSubmissionFunctionArn}`. */
export function placeholderFor(task: TaskName): string {
  return `${task[0]?.toUpperCase()}${task.slice(1)}FunctionArn`;
}

export function definitionPath(machine: StageMachineName): string {
  return fileURLToPath(new URL(stageMachines[machine].file, import.meta.url));
}

/** Substitution values for one machine, given how each runtime names a task's function. */
export function substitutionsFor(machine: StageMachineName, functionRef: (task: TaskName) => string) {
  const tasks = new Set(Object.values(stageMachines[machine].tasks));
  return Object.fromEntries([...tasks].map((t) => [placeholderFor(t), functionRef(t)]));
}

/** Renders an ASL file the way CDK's definitionSubstitutions does; every placeholder must be filled. */
export function renderDefinition(machine: StageMachineName, substitutions: Record<string, string>): string {
  let text = readFileSync(definitionPath(machine), 'utf8');
  for (const [name, value] of Object.entries(substitutions)) text = text.replaceAll(`\${${name}}`, value);
  const missing = text.match(/\$\{[A-Za-z0-9_]+\}/g);
  if (missing) throw new Error(`Unfilled placeholders in ${machine}: ${[...new Set(missing)].join(', ')}`);
  return text;
}
