// The validation rules of a submission, declared as data: per data point (from the catalogue) and across KPIs.
import { allDataPoints, kpiCatalogue } from '../../kpis/catalogue.ts';
import type { DataPoint } from '../../kpis/schema.ts';
import { numericProfileFields } from '../input-cells.ts';
import { type ConsistencyRelation, consistencyRelations } from './consistency-relations.ts';
import type { Side, Term, ValidationRule } from './engine.ts';
import { DEFAULT_PER_100K_UPPER_BOUND, directRanges, per100kUpperBounds } from './plausible-ranges.ts';

const all = (...terms: Term[]): Side => ({ terms, missing: 'skip_if_any_missing' });
const constant = (value: number): Side => ({ terms: [{ constant: value }], missing: 'never_skip' });
const result = (id: string): Term => ({ result: id });

function nonNegative(term: Term): ValidationRule {
  return {
    id: 'value.negative',
    left: all(term),
    operator: '>=',
    right: constant(0),
    severity: 'error',
    message: {
      en: 'Negative value {left}: counts, amounts and durations are 0 or more.',
      zh: '数值 {left} 为负：数量、金额和时长应大于或等于 0。',
    },
  };
}

function upTo(term: Term, max: number, id: string, severity: ValidationRule['severity']): ValidationRule {
  const percent = id === 'percent.range';
  return {
    id,
    left: all(term),
    operator: '<=',
    right: constant(max),
    severity,
    message: percent
      ? {
          en: 'The result {left} % is above 100 %: check the numerator and the denominator.',
          zh: '结果 {left}% 超过 100%：请核对分子和分母。',
        }
      : {
          en: 'The result {left} is above the plausible maximum {right}: check the unit and the inputs.',
          zh: '结果 {left} 超过合理上限 {right}：请核对单位和输入值。',
        },
  };
}

function atLeast(term: Term, min: number, severity: ValidationRule['severity']): ValidationRule {
  return {
    id: 'value.out-of-range',
    left: all(term),
    operator: '>=',
    right: constant(min),
    severity,
    message: {
      en: 'The value {left} is below the plausible minimum {right}.',
      zh: '数值 {left} 低于合理下限 {right}。',
    },
  };
}

/** Rules every data point gets from the shape of its computation and its unit. */
export function dataPointRules(point: DataPoint): ValidationRule[] {
  const c = point.computation;
  const rules = c.kind === 'yesNo' ? [] : inputsOf(point).map(nonNegative);
  if (c.kind === 'ratio' && point.unit === '%' && 'input' in c.numerator && 'input' in c.denominator) {
    rules.push({
      id: 'share.numerator-le-denominator',
      left: all({ input: 'numerator', of: point.id }),
      operator: '<=',
      right: all({ input: 'denominator', of: point.id }),
      severity: 'error',
      message: {
        en: 'The numerator {left} is larger than the denominator {right}: a share cannot exceed the whole.',
        zh: '分子 {left} 大于分母 {right}：部分不能超过整体。',
      },
    });
  } else if (point.unit === '%') {
    rules.push(upTo(result(point.id), 100, 'percent.range', 'error'));
  }
  if (point.unit.includes('per 100 000')) {
    const bound = per100kUpperBounds[point.id] ?? DEFAULT_PER_100K_UPPER_BOUND;
    rules.push(upTo(result(point.id), bound, 'plausibility.per-100k', 'warning'));
  }
  const range = directRanges[point.id];
  if (range) {
    rules.push(
      atLeast(result(point.id), range.min, range.severity),
      upTo(result(point.id), range.max, 'value.out-of-range', range.severity),
    );
  }
  return rules;
}

function inputsOf(point: DataPoint): Term[] {
  return point.inputs.map((input) => ({ input: input.id, of: point.id }));
}

const idsWithPrefix = (prefix: string) =>
  allDataPoints()
    .filter((point) => point.id.startsWith(prefix))
    .map((point) => result(point.id));

function sumsTo100(id: string, prefix: string, what: { en: string; zh: string }): ValidationRule {
  return {
    id,
    left: all(...idsWithPrefix(prefix)),
    operator: '==',
    right: constant(100),
    tolerance: 2,
    severity: 'warning',
    message: {
      en: `The ${what.en} add up to {left} %, not 100 % (± 2).`,
      zh: `${what.zh}合计为 {left}%，而非 100%（± 2）。`,
    },
  };
}

/** A relation of the consistency table as a rule: a warning on the input of the data point it is about. */
function notBelow(relation: ConsistencyRelation): ValidationRule {
  return {
    id: relation.id,
    left: all(result(relation.higher)),
    operator: '>=',
    right: all(result(relation.lower)),
    severity: 'warning',
    message: relation.message,
    at: result(relation.about),
  };
}

/** Consistency between KPIs: each is a warning, since real data can break it for reasons the city can explain. */
const crossKpiRules: ValidationRule[] = [
  sumsTo100('consistency.mode-share-sum', 'EC.I.T.4A.', {
    en: 'transport mode shares',
    zh: '各交通方式分担率',
  }),
  sumsTo100('consistency.waste-treatment-sum', 'EN.EN.WA.1C.', {
    en: 'shares of solid waste by treatment',
    zh: '各类固体废物处理方式占比',
  }),
  ...consistencyRelations.map(notBelow),
];

const profileRules: ValidationRule[] = [
  ...numericProfileFields.map((field) => nonNegative({ profile: field })),
  {
    id: 'profile.households-le-population',
    left: all({ profile: 'households' }),
    operator: '<=',
    right: all({ profile: 'population' }),
    severity: 'error',
    message: {
      en: 'There are more households ({left}) than inhabitants ({right}).',
      zh: '家庭户数（{left}）多于人口（{right}）。',
    },
  },
];

export const validationRules: readonly ValidationRule[] = [
  ...profileRules,
  ...kpiCatalogue.kpis.flatMap((kpi) => kpi.dataPoints.flatMap(dataPointRules)),
  ...crossKpiRules,
];
