// The six stage machines from their ASL files, with placeholders filled from the table and each role allowed only its tasks.
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { type StageMachineName, stageMachineNames } from '../../core/lifecycle/stages.ts';
import type { TaskName } from '../../core/stage-tasks/task-names.ts';
import { definitionTemplate, stageMachines, substitutionsFor } from '../../state-machines/stage-machines.ts';
import type { DeployConfig } from '../config.ts';
import { acknowledge } from '../nag.ts';
import { stageLogGroup } from './log-group.ts';
import type { ProjectFunction } from './project-function.ts';

export interface StageStateMachinesProps {
  config: DeployConfig;
  functions: Record<TaskName, ProjectFunction>;
}

export class StageStateMachines extends Construct {
  readonly byName: Record<StageMachineName, StateMachine>;

  constructor(scope: Construct, id: string, props: StageStateMachinesProps) {
    super(scope, id);
    const { config, functions } = props;
    this.byName = Object.fromEntries(
      stageMachineNames.map((machine) => [machine, this.createMachine(machine, config, functions)]),
    ) as Record<StageMachineName, StateMachine>;
  }

  private createMachine(
    machine: StageMachineName,
    config: DeployConfig,
    functions: Record<TaskName, ProjectFunction>,
  ): StateMachine {
    const name = `${config.prefix}-${machine}`;
    // The vendedlogs prefix keeps the log group under CloudWatch's resource-policy size limit for Step Functions.
    const logGroup = stageLogGroup(this, `${machine}Logs`, config, `/aws/vendedlogs/states/${name}`);
    // Inline (fromString) rather than fromFile: the definition deployed is the one the local runner renders (the file
    // with the standard Task defaults), and it stays visible in the template and its tests.
    const stateMachine = new StateMachine(this, machine, {
      stateMachineName: name,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromString(definitionTemplate(machine)),
      definitionSubstitutions: substitutionsFor(machine, (task) => functions[task].fn.functionArn),
      logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
    });
    // fromString derives no IAM: allow exactly the unqualified functions the Task states name, no versions or aliases.
    const tasks = [...new Set(Object.values(stageMachines[machine].tasks))];
    stateMachine.addToRolePolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: tasks.map((task) => functions[task].fn.functionArn),
      }),
    );
    acknowledge(stateMachine.role, {
      'AwsSolutions-IAM5[Resource::*]':
        'Log delivery (logs:CreateLogDelivery and related) and X-Ray tracing support no resource-level permissions.',
    });
    return stateMachine;
  }
}
