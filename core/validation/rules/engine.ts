// A small validation rule engine after DHIS2's validation rules: left side, operator, right side, missing-value strategy.
import type { InputId, ProfileFieldId } from '../../kpis/schema.ts';
import type { FindingList, Location, Message, Severity } from '../findings.ts';

/** A value a rule reads: a computed result, an input typed on a data point's row, a profile field or a constant. */
export type Term =
  | { result: string }
  | { input: InputId; of: string }
  | { profile: ProfileFieldId }
  | { constant: number };

/** As in DHIS2: when a side is skipped, the rule is not evaluated; with never_skip a missing value counts as 0. */
export type MissingValueStrategy = 'skip_if_any_missing' | 'skip_if_all_missing' | 'never_skip';

export type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** One side of a rule: the sum of its terms. */
export interface Side {
  terms: Term[];
  missing: MissingValueStrategy;
}

export interface ValidationRule {
  /** Rule id reported in findings; several declared rules may share one (e.g. one per data point). */
  id: string;
  left: Side;
  operator: Operator;
  right: Side;
  /** Allowed absolute difference for == and != (sums of rounded shares rarely hit 100 exactly). */
  tolerance?: number;
  severity: Severity;
  /** `{left}` and `{right}` are replaced by the evaluated sides. */
  message: Message;
  /** The term whose cell the finding points at; defaults to the first non-constant term of the left side. */
  at?: Term;
}

/** What the engine needs from a validation run: values (null when missing) and where a term lives. */
export interface RuleData {
  value(term: Term): number | null;
  locate(term: Term): Location;
}

export function evaluateRules(rules: readonly ValidationRule[], data: RuleData, findings: FindingList): void {
  for (const rule of rules) {
    const left = evaluateSide(rule.left, data);
    const right = evaluateSide(rule.right, data);
    if (left === undefined || right === undefined) continue;
    if (holds(left, rule.operator, right, rule.tolerance ?? 0)) continue;
    const at = rule.at ?? rule.left.terms.find((term) => !('constant' in term)) ?? rule.left.terms[0];
    findings.add(rule.severity, rule.id, format(rule.message, left, right), at ? data.locate(at) : {});
  }
}

/** The sum of a side, or undefined when its missing-value strategy says to skip the rule. */
export function evaluateSide(side: Side, data: RuleData): number | undefined {
  const values = side.terms.map((term) => ('constant' in term ? term.constant : data.value(term)));
  const variable = side.terms.flatMap((term, index) => ('constant' in term ? [] : [values[index]]));
  const missing = variable.filter((value) => value === null).length;
  if (side.missing === 'skip_if_any_missing' && missing > 0) return undefined;
  if (side.missing === 'skip_if_all_missing' && variable.length > 0 && missing === variable.length) {
    return undefined;
  }
  return values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

function holds(left: number, operator: Operator, right: number, tolerance: number): boolean {
  const close = Math.abs(left - right) <= tolerance;
  switch (operator) {
    case '==':
      return close;
    case '!=':
      return !close;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

function format(message: Message, left: number, right: number): Message {
  const fill = (text: string) => text.replaceAll('{left}', show(left)).replaceAll('{right}', show(right));
  return { en: fill(message.en), zh: fill(message.zh) };
}

/** Short display of a number in a message: at most 4 decimals, no exponent for ordinary magnitudes. */
function show(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number.parseFloat(value.toFixed(4)));
}
