// Builds the four stacks of one stage (`u4ssc-<stage>-web`, `-data`, `-email`, `-workflow`) in dependency order.
import { type App, type Environment, Tags } from 'aws-cdk-lib';
import type { TaskName } from '../core/stage-tasks/task-names.ts';
import { readConfig } from './config.ts';
import { DataStack } from './stacks/data-stack.ts';
import { EmailStack } from './stacks/email-stack.ts';
import { WebStack } from './stacks/web-stack.ts';
import { WorkflowStack } from './stacks/workflow-stack.ts';
import type { TaskSpec } from './task-specs.ts';

/** What a caller other than `cdk synth` may change; the deployed app always takes the defaults. */
export interface StageOptions {
  /** The task functions' specs (default: the stage-machine table's); a test passes a changed copy to remove a grant. */
  taskSpecs?: Record<TaskName, TaskSpec>;
  /** Account and region of the stacks (default: CDK_DEFAULT_*); `{}` keeps them environment-agnostic whatever the shell holds. */
  env?: Environment;
}

export function buildStage(app: App, options: StageOptions = {}) {
  const config = readConfig(app.node);
  const { prefix } = config;
  // Unset offline: the stacks stay environment-agnostic and synth needs no credentials.
  const env = options.env ?? {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: process.env.CDK_DEFAULT_REGION,
  };
  const web = new WebStack(app, `${prefix}-web`, { env, config });
  const data = new DataStack(app, `${prefix}-data`, { env, config, portalOrigin: web.portalOrigin });
  const email = new EmailStack(app, `${prefix}-email`, { env, config });
  const workflow = new WorkflowStack(app, `${prefix}-workflow`, {
    env,
    config,
    portalOrigin: web.portalOrigin,
    taskSpecs: options.taskSpecs,
  });
  // The workflow finds the data and e-mail stacks' resources by name, so the order must be stated.
  workflow.addStackDependency(data);
  workflow.addStackDependency(email);
  Tags.of(app).add('project', 'u4ssc-kpi-pilot');
  Tags.of(app).add('stage', config.stage);
  return { config, web, data, email, workflow };
}
