import { describe, expect, it } from 'vitest';
import { AccessDeniedError, InvokeDeniedError, LocalIam } from '../../../local/iam/enforcement.ts';
import { localArns, localNaming } from '../../../local/iam/naming.ts';
import type { PrincipalPolicies } from '../../../local/iam/policy.ts';

const naming = localNaming();
const arns = localArns(naming);
const policies: PrincipalPolicies = {
  'stateMachine:reporting': [
    { Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [arns.function('generateReport')] },
  ],
  api: [{ Effect: 'Allow', Action: ['states:StartExecution'], Resource: [arns.stateMachine('reporting')] }],
  sweeper: [],
};

describe('the local IAM check of stage runs', () => {
  const iam = new LocalIam(policies, naming);

  it('lets a machine invoke the function its role names and refuses another, as Lambda would', () => {
    expect(() => iam.assertMayInvoke('reporting', 'generateReport')).not.toThrow();
    expect(() => iam.assertMayInvoke('reporting', 'generateCertificate')).toThrow(InvokeDeniedError);
    expect(() => iam.assertMayInvoke('reporting', 'generateCertificate')).toThrow(
      /stateMachine:reporting.*lambda:InvokeFunction on resource: .*function:u4ssc-generateCertificate/,
    );
  });

  it('starts a run for a function allowed to start that machine and refuses one that is not', async () => {
    const started: string[] = [];
    const runner = { start: async (run: { executionName: string }) => void started.push(run.executionName) };
    const run = { machine: 'reporting' as const, executionName: 'p1-reporting-9', input: { pilotId: 'p1' } };

    await iam.runnerFor('api', runner).start(run);
    const refused = await iam
      .runnerFor('sweeper', runner)
      .start(run)
      .catch((error: Error) => error);

    expect(started).toEqual(['p1-reporting-9']);
    expect(refused).toBeInstanceOf(AccessDeniedError);
    expect((refused as Error).message).toMatch(
      /sweeper\/sweeper is not authorized to perform: states:StartExecution/,
    );
  });
});
