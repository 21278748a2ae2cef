import { describe, expect, it } from 'vitest';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { FindingList } from '../../../core/validation/findings.ts';
import {
  evaluateRules,
  evaluateSide,
  type MissingValueStrategy,
  type RuleData,
  type Term,
  type ValidationRule,
} from '../../../core/validation/rules/engine.ts';
import { validationRules } from '../../../core/validation/rules/rule-set.ts';

const values: Record<string, number | null> = { A: 60, B: 30, C: null, D: null };
const data: RuleData = {
  value: (term) => ('result' in term ? (values[term.result] ?? null) : null),
  locate: (term) =>
    'result' in term ? { sheet: 'DataPoints', cell: `J${term.result}`, dataPointId: term.result } : {},
};
const r = (id: string): Term => ({ result: id });

describe('evaluateSide: missing-value strategies', () => {
  it.each<[MissingValueStrategy, Term[], number | undefined]>([
    ['skip_if_any_missing', [r('A'), r('B')], 90],
    ['skip_if_any_missing', [r('A'), r('C')], undefined],
    ['skip_if_all_missing', [r('A'), r('C')], 60],
    ['skip_if_all_missing', [r('C'), r('D')], undefined],
    ['never_skip', [r('C'), r('D')], 0],
    ['never_skip', [r('A'), r('C'), { constant: 5 }], 65],
    ['skip_if_all_missing', [{ constant: 5 }], 5],
  ])('%s over %j gives %s', (missing, terms, expected) => {
    expect(evaluateSide({ terms, missing }, data)).toBe(expected);
  });
});

describe('evaluateRules', () => {
  const rule = (
    left: Term[],
    operator: ValidationRule['operator'],
    right: number,
    tolerance?: number,
  ): ValidationRule => ({
    id: 'test.rule',
    left: { terms: left, missing: 'skip_if_any_missing' },
    operator,
    right: { terms: [{ constant: right }], missing: 'never_skip' },
    tolerance,
    severity: 'warning',
    message: { en: 'left {left} right {right}', zh: '左 {left} 右 {right}' },
  });
  const run = (rules: ValidationRule[]) => {
    const findings = new FindingList();
    evaluateRules(rules, data, findings);
    return findings.list();
  };

  it('reports a violated rule at its first term, with the evaluated sides in both languages', () => {
    expect(run([rule([r('A'), r('B')], '==', 100, 2)])).toEqual([
      {
        severity: 'warning',
        rule: 'test.rule',
        sheet: 'DataPoints',
        cell: 'DataPoints!JA',
        dataPointId: 'A',
        message: { en: 'left 90 right 100', zh: '左 90 右 100' },
      },
    ]);
  });

  it.each<[ValidationRule['operator'], number, number | undefined, boolean]>([
    ['==', 91, 1, true],
    ['==', 92, 1, false],
    ['!=', 90, undefined, false],
    ['<', 90, undefined, false],
    ['<=', 90, undefined, true],
    ['>', 90, undefined, false],
    ['>=', 90, undefined, true],
  ])('A+B %s %d (tolerance %s) holds: %s', (operator, right, tolerance, holds) => {
    expect(run([rule([r('A'), r('B')], operator, right, tolerance)])).toHaveLength(holds ? 0 : 1);
  });

  it('skips a rule whose side is missing under skip_if_any_missing', () => {
    expect(run([rule([r('A'), r('C')], '>', 1000)])).toEqual([]);
  });

  it('caps the findings of one rule and summarises the rest', () => {
    const findings = run(Array.from({ length: 205 }, () => rule([r('A')], '<', 0)));
    expect(findings).toHaveLength(201);
    expect(findings.at(-1)?.message.en).toBe('5 more findings of this kind are not listed.');
  });
});

describe('validationRules', () => {
  it('names only data points of the catalogue', () => {
    const ids = new Set(allDataPoints().map((point) => point.id));
    const named = validationRules.flatMap((rule) =>
      [...rule.left.terms, ...rule.right.terms].flatMap((term) =>
        'result' in term ? [term.result] : 'input' in term ? [term.of] : [],
      ),
    );
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('checks the cross-KPI consistencies on the catalogue ids', () => {
    const sumOf = (id: string) => validationRules.find((rule) => rule.id === id)?.left.terms.length;
    expect(sumOf('consistency.mode-share-sum')).toBe(5);
    expect(sumOf('consistency.waste-treatment-sum')).toBe(6);
  });
});
