import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../infra/config.ts';
import { devSenders, prodContext, resourcesOf, synthStage } from './support/synth.ts';

const contextOf = (context: Record<string, unknown>) => new App({ context }).node;

describe('stage context', () => {
  it('defaults to dev and derives the prefix of every name from the stage', () => {
    expect(readConfig(contextOf(devSenders))).toMatchObject({
      stage: 'dev',
      prefix: 'u4ssc-dev',
      logRetention: 30,
    });
  });

  it('rejects a stage outside dev|prod', () => {
    expect(() => readConfig(contextOf({ ...devSenders, stage: 'staging' }))).toThrow(
      /Invalid CDK context[\s\S]*stage/,
    );
  });
});

describe('the prod stage', () => {
  const { stage, workflow } = synthStage({ context: prodContext });

  it('has stack ids u4ssc-prod-web, -data, -email and -workflow', () => {
    expect([stage.web, stage.data, stage.email, stage.workflow].map((s) => s.node.id).sort()).toEqual([
      'u4ssc-prod-data',
      'u4ssc-prod-email',
      'u4ssc-prod-web',
      'u4ssc-prod-workflow',
    ]);
    expect(stage.workflow.dependencies.map((s) => s.stackName).sort()).toEqual([
      'u4ssc-prod-data',
      'u4ssc-prod-email',
      'u4ssc-prod-web',
    ]);
  });

  it('keeps every log group a year and retains it with the stack', () => {
    const logGroups = Object.keys(resourcesOf(workflow, 'AWS::Logs::LogGroup'));
    expect(logGroups.length).toBeGreaterThan(12);
    for (const id of logGroups) {
      const resource = workflow.toJSON().Resources[id];
      expect(resource.Properties.RetentionInDays, id).toBe(365);
      expect(resource.DeletionPolicy, id).toBe('Retain');
    }
  });

  it('logs at INFO, protects the user pool from deletion and mails alarms to operations', () => {
    for (const fn of Object.values(resourcesOf(workflow, 'AWS::Lambda::Function'))) {
      expect(fn.Properties.Environment.Variables.POWERTOOLS_LOG_LEVEL).toBe('INFO');
    }
    workflow.hasResourceProperties('AWS::Cognito::UserPool', { DeletionProtection: 'ACTIVE' });
    workflow.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@u4ssc.org',
    });
  });
});
