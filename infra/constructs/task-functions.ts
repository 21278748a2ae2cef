// One Lambda function per stage task, sized and granted from the task's spec in infra/task-specs.ts.
import { Architecture, LayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { type TaskName, taskNames } from '../../core/stage-tasks/task-names.ts';
import { fontsLayerCode } from '../bundling.ts';
import type { DeployConfig } from '../config.ts';
import { environmentFor, type GrantTargets, grantAccess } from '../grants.ts';
import { type TaskSpec, taskSpecs } from '../task-specs.ts';
import { ProjectFunction, projectRoot } from './project-function.ts';

export interface TaskFunctionsProps {
  config: DeployConfig;
  environment: Record<string, string>;
  targets: GrantTargets;
  /** Defaults to the stage-machine table's specs. */
  specs?: Record<TaskName, TaskSpec>;
}

export class TaskFunctions extends Construct {
  readonly byTask: Record<TaskName, ProjectFunction>;
  /** The two Noto fonts (about 17 MB), once for every function that renders PDFs instead of once in each. */
  readonly fonts: LayerVersion;

  constructor(scope: Construct, id: string, props: TaskFunctionsProps) {
    super(scope, id);
    const specs = props.specs ?? taskSpecs;
    this.fonts = new LayerVersion(this, 'Fonts', {
      code: fontsLayerCode(projectRoot),
      description: 'Noto Sans CJK SC regular and bold, for the PDF documents (English and Chinese)',
      compatibleArchitectures: [Architecture.ARM_64],
      compatibleRuntimes: [Runtime.NODEJS_24_X],
    });
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
          layers: spec.rendersPdf ? [this.fonts] : undefined,
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
