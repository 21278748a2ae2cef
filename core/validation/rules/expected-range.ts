// The range a data point's result is expected in, read off the validation rules it gets (the catalogue records no
// verification ranges of its own), so the verifier's view and the validation cannot disagree.
import * as z from 'zod';
import { findDataPoint } from '../../kpis/catalogue.ts';
import type { Term } from './engine.ts';
import { dataPointRules } from './rule-set.ts';

export const expectedRangeSchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  /** The rules the bounds come from, e.g. `percent.range` or `plausibility.per-100k`. */
  rules: z.array(z.string()),
});
export type ExpectedRange = z.infer<typeof expectedRangeSchema>;

const isResult = (terms: readonly Term[], id: string) =>
  terms.length === 1 && 'result' in terms[0]! && terms[0].result === id;
const constantOf = (terms: readonly Term[]) =>
  terms.length === 1 && 'constant' in terms[0]! ? terms[0].constant : undefined;

/** The bounds the rules set on the result; undefined for a YES/NO answer, which has no range. */
export function expectedRange(dataPointId: string): ExpectedRange | undefined {
  const point = findDataPoint(dataPointId);
  if (!point || point.computation.kind === 'yesNo') return undefined;
  const range: ExpectedRange = { rules: [] };
  const tighten = (key: 'min' | 'max', value: number, rule: string) => {
    const current = range[key];
    range[key] =
      current === undefined ? value : key === 'min' ? Math.max(current, value) : Math.min(current, value);
    if (!range.rules.includes(rule)) range.rules.push(rule);
  };
  for (const rule of dataPointRules(point)) {
    const bound = constantOf(rule.right.terms);
    // Non-negative inputs give a non-negative result; a share of its whole is at most the ratio's scale.
    if (rule.id === 'value.negative') tighten('min', 0, rule.id);
    else if (rule.id === 'share.numerator-le-denominator' && point.computation.kind === 'ratio')
      tighten('max', point.computation.scale, rule.id);
    else if (bound !== undefined && isResult(rule.left.terms, point.id)) {
      if (rule.operator === '<=') tighten('max', bound, rule.id);
      if (rule.operator === '>=') tighten('min', bound, rule.id);
    }
  }
  return range;
}
