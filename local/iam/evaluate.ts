// Decides a request the way IAM decides it for an identity-based policy: an explicit Deny wins, and every resource
// of the request needs an Allow; the reason reads like AWS's AccessDenied message.
import * as z from 'zod';
import { evaluateCondition } from './conditions.ts';
import { actionMatches, textMatches } from './patterns.ts';
import type { PrincipalPolicies, Statement } from './policy.ts';

export const accessRequestSchema = z.object({
  /** The task, entry or `stateMachine:<machine>` making the call. */
  principal: z.string().min(1),
  /** `service:Action`, e.g. `dynamodb:PutItem`. */
  action: z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9]+$/),
  /** ARNs in the local naming; `*` for actions that name no resource. */
  resources: z.array(z.string().min(1)).min(1),
  /** Condition keys the request carries, e.g. `{ 'ses:FromAddress': 'no-reply@u4ssc.local' }`. */
  context: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
});
export type AccessRequest = z.input<typeof accessRequestSchema>;

export interface Decision {
  allowed: boolean;
  reason: string;
  /** For a denial, the clause AWS puts after the resource ("because no identity-based policy allows ..."). */
  because?: string;
}

type ResourceOutcome =
  | { kind: 'allow'; origin: string }
  | { kind: 'explicitDeny'; origin: string }
  | { kind: 'implicitDeny'; conditionNotMet?: string }
  | { kind: 'unsupported'; operator: string; origin: string };

const originOf = (statement: Statement) => statement.origin ?? 'a statement';

function appliesTo(statement: Statement, action: string, resource: string): boolean {
  const actionListed = (statement.Action ?? statement.NotAction ?? []).some((p) => actionMatches(p, action));
  const resourceListed = (statement.Resource ?? statement.NotResource ?? []).some((p) =>
    textMatches(p, resource),
  );
  return (
    (statement.Action ? actionListed : !actionListed) &&
    (statement.Resource ? resourceListed : !resourceListed)
  );
}

function decideResource(
  statements: Statement[],
  request: z.output<typeof accessRequestSchema>,
  resource: string,
): ResourceOutcome {
  let allowedBy: string | undefined;
  let conditionNotMet: string | undefined;
  let deniedBy: string | undefined;
  for (const statement of statements) {
    if (!appliesTo(statement, request.action, resource)) continue;
    const outcome = evaluateCondition(statement.Condition, request.context);
    // A condition that cannot be evaluated denies whatever the statement's effect: guessing could allow.
    if (outcome.holds === 'unsupported')
      return { kind: 'unsupported', operator: outcome.operator, origin: originOf(statement) };
    if (outcome.holds !== true) {
      if (statement.Effect === 'Allow')
        conditionNotMet ??= `${originOf(statement)} allows it only if ${outcome.why}`;
      continue;
    }
    if (statement.Effect === 'Deny') deniedBy ??= originOf(statement);
    else allowedBy ??= originOf(statement);
  }
  if (deniedBy) return { kind: 'explicitDeny', origin: deniedBy };
  if (allowedBy) return { kind: 'allow', origin: allowedBy };
  return { kind: 'implicitDeny', conditionNotMet };
}

function denial(principal: string, action: string, resource: string, because: string): Decision {
  return {
    allowed: false,
    reason: `${principal} is not authorized to perform: ${action} on resource: ${resource} ${because}`,
    because,
  };
}

export function evaluate(policies: PrincipalPolicies, raw: AccessRequest): Decision {
  const request = accessRequestSchema.parse(raw);
  const { principal, action } = request;
  const statements = policies[principal];
  if (!statements)
    return denial(
      principal,
      action,
      request.resources[0]!,
      `because the synthesized app has no role for ${principal}`,
    );
  const allowedBy = new Set<string>();
  for (const resource of request.resources) {
    const outcome = decideResource(statements, request, resource);
    switch (outcome.kind) {
      case 'allow':
        allowedBy.add(outcome.origin);
        break;
      case 'explicitDeny':
        return denial(
          principal,
          action,
          resource,
          `with an explicit deny in an identity-based policy (${outcome.origin})`,
        );
      case 'unsupported':
        return denial(
          principal,
          action,
          resource,
          `because the local IAM check cannot evaluate the condition operator ${outcome.operator} in ${outcome.origin}, so it denies`,
        );
      case 'implicitDeny':
        return denial(
          principal,
          action,
          resource,
          `because no identity-based policy allows the ${action} action` +
            (outcome.conditionNotMet ? ` (${outcome.conditionNotMet})` : ''),
        );
    }
  }
  return {
    allowed: true,
    reason: `${principal} may perform ${action} on ${request.resources.join(', ')}: allowed by ${[...allowedBy].join(', ')}`,
  };
}
