// The Condition operators this app's policies use, with IAM's rules for single- and multi-valued keys; anything else
// cannot be evaluated, and the caller denies.
import { arnMatches, textMatches } from './patterns.ts';
import type { Statement } from './policy.ts';

export type RequestContext = Record<string, string | string[]>;

export type ConditionOutcome =
  | { holds: true }
  | { holds: false; why: string }
  | { holds: 'unsupported'; operator: string };

const baseOperators: Record<string, (policyValue: string, requestValue: string) => boolean> = {
  StringEquals: (policyValue, requestValue) => policyValue === requestValue,
  StringLike: textMatches,
  // Both compare the six ARN parts one by one and both accept wildcards.
  ArnEquals: arnMatches,
  ArnLike: arnMatches,
  Bool: (policyValue, requestValue) => policyValue.toLowerCase() === requestValue.toLowerCase(),
};

const SET_PREFIXES = ['ForAnyValue:', 'ForAllValues:'] as const;

function parseOperator(operator: string) {
  const prefix = SET_PREFIXES.find((p) => operator.startsWith(p));
  const base = prefix ? operator.slice(prefix.length) : operator;
  const compare = baseOperators[base];
  return compare ? { prefix, compare } : undefined;
}

/** Condition keys are case-insensitive; an empty list counts as an absent key. */
function lookup(context: RequestContext, key: string): string[] | undefined {
  const lower = key.toLowerCase();
  const found = Object.entries(context).find(([name]) => name.toLowerCase() === lower)?.[1];
  const values = found === undefined ? [] : [found].flat();
  return values.length > 0 ? values : undefined;
}

function keyHolds(
  operator: string,
  parsed: NonNullable<ReturnType<typeof parseOperator>>,
  key: string,
  policyValues: string[],
  context: RequestContext,
): ConditionOutcome {
  const requestValues = lookup(context, key);
  const expected = `${operator} ${key} ${JSON.stringify(policyValues)}`;
  // IAM lets ForAllValues hold when the key is absent; here an absent key never satisfies a condition (fail closed).
  if (!requestValues) return { holds: false, why: `${expected}, and the request has no ${key}` };
  const matchesOne = (value: string) =>
    policyValues.some((policyValue) => parsed.compare(policyValue, value));
  if (!parsed.prefix && requestValues.length > 1)
    return { holds: false, why: `${expected}, and the request's ${key} has several values` };
  const holds =
    parsed.prefix === 'ForAllValues:' ? requestValues.every(matchesOne) : requestValues.some(matchesOne);
  return holds
    ? { holds: true }
    : {
        holds: false,
        why: `${expected}, and the request's ${key} is ${JSON.stringify(requestValues.join(', '))}`,
      };
}

/** Every operator and every key must hold; an operator outside the supported set makes the whole block unsupported. */
export function evaluateCondition(
  condition: Statement['Condition'],
  context: RequestContext,
): ConditionOutcome {
  const blocks = Object.entries(condition ?? {});
  const parsedBlocks = blocks.map(([operator, keys]) => ({
    operator,
    keys,
    parsed: parseOperator(operator),
  }));
  const unsupported = parsedBlocks.find((block) => !block.parsed);
  if (unsupported) return { holds: 'unsupported', operator: unsupported.operator };
  for (const { operator, keys, parsed } of parsedBlocks) {
    for (const [key, values] of Object.entries(keys)) {
      const outcome = keyHolds(operator, parsed!, key, values, context);
      if (outcome.holds !== true) return outcome;
    }
  }
  return { holds: true };
}
