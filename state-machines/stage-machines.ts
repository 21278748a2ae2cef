// The one table of stage machines: each ASL file and the task handler behind each of its Task states.
// CDK, the local runner and the parity tests all read it, so the two runtimes cannot drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StageMachineName } from '../core/lifecycle/stages.ts';
import type { TaskName } from '../core/stage-tasks/task-names.ts';
import { type AslDefinition, withTaskDefaults } from './task-defaults.ts';

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
      WriteFeedbackWorkbook: 'writeFeedbackWorkbook',
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

/**
 * A machine's definition as both runtimes run it: the ASL file with the Task defaults (standard Retry, execution
 * name), placeholders still unfilled. CDK deploys this string and fills the placeholders with definitionSubstitutions.
 */
export function definitionTemplate(machine: StageMachineName): string {
  const file = JSON.parse(readFileSync(definitionPath(machine), 'utf8')) as AslDefinition;
  return JSON.stringify(withTaskDefaults(file), null, 2);
}

/** Renders a machine the way CDK's definitionSubstitutions does; every placeholder must be filled. */
export function renderDefinition(machine: StageMachineName, substitutions: Record<string, string>): string {
  let text = definitionTemplate(machine);
  for (const [name, value] of Object.entries(substitutions)) text = text.replaceAll(`\${${name}}`, value);
  const missing = text.match(/\$\{[A-Za-z0-9_]+\}/g);
  if (missing) throw new Error(`Unfilled placeholders in ${machine}: ${[...new Set(missing)].join(', ')}`);
  return text;
}
