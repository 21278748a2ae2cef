// One Lambda function per stage task, sized and granted from the task's spec in infra/task-specs.ts.
import { Construct } from 'constructs';
import { type TaskName, taskNames } from '../../core/stage-tasks/task-names.ts';
import type { DeployConfig } from '../config.ts';
import { environmentFor, type GrantTargets, grantAccess } from '../grants.ts';
import { type TaskSpec, taskSpecs } from '../task-specs.ts';
import { ProjectFunction } from './project-function.ts';

export interface TaskFunctionsProps {
  config: DeployConfig;
  environment: Record<string, string>;
  targets: GrantTargets;
  /** Defaults to the stage-machine table's specs. */
  specs?: Record<TaskName, TaskSpec>;
}

export class TaskFunctions extends Construct {
  readonly byTask: Record<TaskName, ProjectFunction>;

  constructor(scope: Construct, id: string, props: TaskFunctionsProps) {
    super(scope, id);
    const specs = props.specs ?? taskSpecs;
    this.byTask = Object.fromEntries(
      taskNames.map((task) => {
        const spec = specs[task];
        const fn = new ProjectFunction(this, task, {
          config: props.config,
          name: task,
          entry: `functions/tasks/${task}.ts`,
          memoryMb: spec.memoryMb,
          timeoutSeconds: spec.timeoutSeconds,
          reservedConcurrency: spec.reservedConcurrency,
          needs: spec,
          invokedBy: 'Step Functions',
          environment: { ...props.environment, ...environmentFor(spec, props.targets) },
        });
        grantAccess(fn.role, spec, props.targets);
        return [task, fn];
      }),
    ) as Record<TaskName, ProjectFunction>;
  }
}
