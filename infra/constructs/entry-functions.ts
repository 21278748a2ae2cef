// The functions outside the stage machines: API, upload events and sweeper start stages; execution-failed records
// failures the machines' own Catch cannot see.
import { Stack } from 'aws-cdk-lib';
import type { ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { StageMachineName } from '../../core/lifecycle/stages.ts';
import type { DeployConfig } from '../config.ts';
import { type EntryName, entryNames, entrySpecs, eventTargets, stageStarters } from '../entry-specs.ts';
import { environmentFor, type GrantTargets, grantAccess } from '../grants.ts';
import { ProjectFunction } from './project-function.ts';

export interface EntryFunctionsProps {
  config: DeployConfig;
  environment: Record<string, string>;
  targets: GrantTargets;
  machines: Record<StageMachineName, StateMachine>;
  /** The fonts layer the task functions share, for an entry whose spec renders PDFs. */
  fonts: ILayerVersion;
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
          layers: spec.rendersPdf ? [props.fonts] : undefined,
          invokedBy: eventTargets.includes(name) ? 'EventBridge' : 'API Gateway',
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
