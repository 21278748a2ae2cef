// The functions outside the stage machines: API, upload events and sweeper start stages; execution-failed records
// failures the machines' own Catch cannot see.
import { Stack } from 'aws-cdk-lib';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { StageMachineName } from '../../core/lifecycle/stages.ts';
import type { DeployConfig } from '../config.ts';
import { environmentFor, type GrantTargets, grantAccess } from '../grants.ts';
import type { TaskSpec } from '../task-specs.ts';
import { ProjectFunction } from './project-function.ts';

export const entryNames = ['api', 'upload-event', 'sweeper', 'execution-failed'] as const;
export type EntryName = (typeof entryNames)[number];

/** Same vocabulary as a task's spec; "readWrite" on uploads is what signing a presigned POST needs (s3:PutObject).
 * Only the API, upload events and the sweeper start stages; execution-failed reacts to machines and must never. */
export const entrySpecs: Record<EntryName, TaskSpec> = {
  // More memory buys CPU for a faster cold start; API Gateway gives up after 30 s anyway.
  // Documents: it copies the mayor's signed letter of intent from uploads into the pilot's documents.
  api: {
    table: 'readWrite',
    uploads: 'readWrite',
    documents: 'readWrite',
    sendsEmail: true,
    signsLinks: true,
    startsStages: true,
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
  sweeper: {
    table: 'readWrite',
    uploads: 'none',
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

export interface EntryFunctionsProps {
  config: DeployConfig;
  environment: Record<string, string>;
  targets: GrantTargets;
  machines: Record<StageMachineName, StateMachine>;
}

export class EntryFunctions extends Construct {
  readonly byName: Record<EntryName, ProjectFunction>;

  constructor(scope: Construct, id: string, props: EntryFunctionsProps) {
    super(scope, id);
    const machineArns = Stack.of(this).toJsonString(
      Object.fromEntries(Object.entries(props.machines).map(([name, m]) => [name, m.stateMachineArn])),
    );
    this.byName = Object.fromEntries(
      entryNames.map((name) => {
        const spec = entrySpecs[name];
        const fn = new ProjectFunction(this, name, {
          config: props.config,
          name,
          entry: `functions/${name}.ts`,
          memoryMb: spec.memoryMb,
          timeoutSeconds: spec.timeoutSeconds,
          needs: spec,
          environment: {
            ...props.environment,
            ...environmentFor(spec, props.targets),
            ...(stageStarters.includes(name) ? { STATE_MACHINE_ARNS: machineArns } : {}),
          },
        });
        grantAccess(fn.role, spec, props.targets);
        if (stageStarters.includes(name))
          for (const machine of Object.values(props.machines)) machine.grantStartExecution(fn.role);
        return [name, fn];
      }),
    ) as Record<EntryName, ProjectFunction>;
  }
}
