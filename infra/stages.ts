// Builds the three stacks of one stage (`u4ssc-<stage>-web`, `-data`, `-workflow`) in dependency order.
import { type App, Tags } from 'aws-cdk-lib';
import { readConfig } from './config.ts';
import { DataStack } from './stacks/data-stack.ts';
import { WebStack } from './stacks/web-stack.ts';
import { WorkflowStack } from './stacks/workflow-stack.ts';

export function buildStage(app: App) {
  const config = readConfig(app.node);
  const { prefix } = config;
  // Unset offline: the stacks stay environment-agnostic and synth needs no credentials.
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };
  const web = new WebStack(app, `${prefix}-web`, { env, config });
  const data = new DataStack(app, `${prefix}-data`, { env, config, portalOrigin: web.portalOrigin });
  const workflow = new WorkflowStack(app, `${prefix}-workflow`, {
    env,
    config,
    portalOrigin: web.portalOrigin,
  });
  // The workflow finds the data stack's resources by name, so the order must be stated.
  workflow.addStackDependency(data);
  Tags.of(app).add('project', 'u4ssc-kpi-pilot');
  Tags.of(app).add('stage', config.stage);
  return { config, web, data, workflow };
}
