import { App, Stack, Validations } from 'aws-cdk-lib';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { nagPacks } from '../../infra/nag.ts';
import { ProjectChecks } from '../../infra/project-checks.ts';
import { prodContext, synthStage } from './support/synth.ts';

const report = (app: App) =>
  nagPacks(app).flatMap((pack) =>
    pack
      .validateScope(app)
      .violations.map(
        (v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath)}`,
      ),
  );

/** Every finding as if nothing were acknowledged. */
function rawFindings(app: App): { rule: string; path?: string }[] {
  return nagPacks(app).flatMap((pack) => {
    Object.defineProperty(pack, 'isAcknowledged', { value: () => false });
    return pack
      .validateScope(app)
      .violations.flatMap((v) =>
        v.violatingResources.map((r) => ({ rule: v.ruleName, path: r.constructPath })),
      );
  });
}

function acknowledgements(root: IConstruct): { id: string; reason: string; path: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([qualifiedId, reason]) => ({
          id: qualifiedId.replace(/^annotation::/i, ''),
          reason,
          path: construct.node.path,
        })),
      ),
  );
}

describe.each(['dev', 'prod'])('cdk-nag on the %s stage', (stage) => {
  const { app } = synthStage({ context: stage === 'prod' ? prodContext : {} });

  it('runs the AWS Solutions, Serverless and project packs', () => {
    expect(nagPacks(app).map((pack) => pack.readPackName)).toEqual(['AwsSolutions', 'Serverless', 'U4SSC']);
  });

  it('leaves no unacknowledged error or warning (AWS Solutions, Serverless and project rules)', () => {
    expect(report(app)).toEqual([]);
  });

  it('acknowledges only exact findings, each with a specific reason', () => {
    const acks = acknowledgements(app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^(AwsSolutions|Serverless|U4SSC)-[A-Za-z]+\d*(\[.+\])?$/);
      // A wildcard finding is acknowledged for one resource string, never for the rule as a whole.
      if (ack.id.startsWith('AwsSolutions-IAM5')) expect(ack.id, ack.path).toMatch(/\[Resource::.+\]$/);
      expect(ack.reason.length, `${ack.path} ${ack.id}`).toBeGreaterThanOrEqual(60);
    }
  });

  it('acknowledges only findings that exist, on the construct that has them (no stale acknowledgement)', () => {
    const raw = rawFindings(app);
    const stale = acknowledgements(app).filter(
      (ack) => !raw.some((f) => f.rule === ack.id && f.path?.startsWith(`${ack.path}/`)),
    );
    expect(stale.map((ack) => `${ack.path} ${ack.id}`)).toEqual([]);
  });

  it('acknowledges nothing at stack or app level', () => {
    const broad = acknowledgements(app).filter((ack) => ack.path.split('/').length < 2 || ack.path === '');
    expect(broad).toEqual([]);
  });
});

describe('project rule U4SSC-LambdaEnvSecret', () => {
  function functionWith(environment: (stack: Stack) => Record<string, string>) {
    const app = new App();
    const stack = new Stack(app, 'Probe');
    new CfnFunction(stack, 'Fn', {
      role: 'arn:aws:iam::123456789012:role/r',
      code: { zipFile: 'exports.handler = async () => {}' },
      environment: { variables: environment(stack) },
    });
    return new ProjectChecks(app).validateScope(app).violations.map((v) => v.ruleName);
  }

  it('flags a Secrets Manager value resolved into a function environment', () => {
    const violations = functionWith((stack) => ({
      KEY: new Secret(stack, 'S').secretValue.unsafeUnwrap(),
    }));
    expect(violations).toEqual(['U4SSC-LambdaEnvSecret']);
  });

  it('passes plain configuration', () => {
    expect(functionWith(() => ({ TABLE_NAME: 'pilots' }))).toEqual([]);
  });
});
