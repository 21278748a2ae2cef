// IAM held locally the way AWS holds it: the gateway asks about every S3, DynamoDB and SES call, the stage runner
// about every Task invoking a function and every stage a function starts. One evaluator, the synthesized policies.
import { taskNames } from '../../core/stage-tasks/task-names.ts';
import type { StageRun, StageRunner } from '../../core/use-cases/ports.ts';
import { entryNames } from '../../infra/entry-specs.ts';
import type { Authorizer } from '../aws-gateway/authorization.ts';
import { principalArn } from '../aws-gateway/credentials.ts';
import { evaluate } from './evaluate.ts';
import { type LocalNaming, localArns, stateMachinePrincipal } from './naming.ts';
import type { PrincipalPolicies } from './policy.ts';

/** Every function of the app that signs AWS calls: each stage task, and each entry outside the machines. */
export const localPrincipals = [...taskNames, ...entryNames] as const;
export type LocalPrincipal = (typeof localPrincipals)[number];

/** What AWS's SDK throws when a role lacks a grant; the name is the one AWS errors carry. */
export class AccessDeniedError extends Error {
  override name = 'AccessDeniedException';
}

/** A Task whose machine may not invoke its function fails the way Step Functions reports Lambda's refusal. */
export class InvokeDeniedError extends Error {
  override name = 'Lambda.AWSLambdaException';
}

export function iamAuthorizer(policies: PrincipalPolicies): Authorizer {
  return (request) => {
    const decision = evaluate(policies, request);
    return { allowed: decision.allowed, reason: decision.because };
  };
}

function deniedMessage(principal: string, action: string, resource: string, because = ''): string {
  return `User: ${principalArn(principal)} is not authorized to perform: ${action} on resource: ${resource} ${because}`;
}

export class LocalIam {
  private readonly arns: ReturnType<typeof localArns>;

  constructor(
    private readonly policies: PrincipalPolicies,
    naming: LocalNaming,
  ) {
    this.arns = localArns(naming);
  }

  /** Throws as Step Functions would when the machine's role may not invoke the task's function. */
  assertMayInvoke(machine: string, task: string): void {
    const principal = stateMachinePrincipal(machine);
    const resource = this.arns.function(task);
    const decision = evaluate(this.policies, {
      principal,
      action: 'lambda:InvokeFunction',
      resources: [resource],
    });
    if (!decision.allowed)
      throw new InvokeDeniedError(
        deniedMessage(principal, 'lambda:InvokeFunction', resource, decision.because),
      );
  }

  /** Throws AccessDeniedException, worded as AWS words it, when the principal's role may not do this. */
  assertAllowed(principal: string, action: string, resource: string): void {
    const decision = evaluate(this.policies, { principal, action, resources: [resource] });
    if (!decision.allowed)
      throw new AccessDeniedError(deniedMessage(principal, action, resource, decision.because));
  }

  /** The runner as one function sees it: a start its role may not make is refused like StartExecution would be. */
  runnerFor(principal: LocalPrincipal, runner: StageRunner): StageRunner {
    return {
      start: async (run: StageRun) => {
        this.assertAllowed(principal, 'states:StartExecution', this.arns.stateMachine(run.machine));
        await runner.start(run);
      },
    };
  }
}
