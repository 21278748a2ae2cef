// Log groups of a stage: retention from the stage (prod keeps a year for audits), and prod logs outlive the stack.
import { RemovalPolicy } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { DeployConfig } from '../config.ts';

export function stageLogGroup(
  scope: Construct,
  id: string,
  config: DeployConfig,
  logGroupName: string,
): LogGroup {
  return new LogGroup(scope, id, {
    logGroupName,
    retention: config.logRetention,
    removalPolicy: config.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
}
