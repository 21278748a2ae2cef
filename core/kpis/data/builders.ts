// Compact constructors for the raw KPI data, so each KPI entry reads as one short declaration.
import type {
  Computation,
  Direction,
  Input,
  InputId,
  KpiType,
  Operand,
  ProfileFieldId,
  ProvenanceField,
} from '../schema.ts';

/** English label, Chinese label and unit of a value the city types in. */
export type Label = readonly [en: string, zh: string, unit: string];

/** Distinguishes one data point of a KPI that is reported as several series. */
export interface Variant {
  suffix: string;
  labelEn: string;
  labelZh: string;
  direction?: Direction;
}

export interface RawPoint {
  variant?: Variant;
  unit: string;
  inputs: Input[];
  computation: Computation;
}

export interface RawKpi {
  id: string;
  nameEn: string;
  nameZh: string;
  type: KpiType;
  direction: Direction;
  sdgTargets: string[];
  /** Unit of the KPI as a whole; defaults to the distinct units of its data points. */
  unit?: string;
  /** Fields taken from a source; every field not listed is the project's own choice. */
  sourced: Partial<Record<ProvenanceField, 'official' | 'secondary'>>;
  points: RawPoint[];
}

function operand(side: Label | ProfileFieldId, id: InputId, inputs: Input[]): Operand {
  if (typeof side === 'string') return { profile: side };
  inputs.push({ id, labelEn: side[0], labelZh: side[1], unit: side[2] });
  return { input: id };
}

/** numerator / denominator × scale; either side may be a city-profile field. */
export function ratio(
  numerator: Label | ProfileFieldId,
  denominator: Label | ProfileFieldId,
  scale: number,
  unit: string,
  variant?: Variant,
): RawPoint {
  const inputs: Input[] = [];
  const computation: Computation = {
    kind: 'ratio',
    numerator: operand(numerator, 'numerator', inputs),
    denominator: operand(denominator, 'denominator', inputs),
    scale,
  };
  return { variant, unit, inputs, computation };
}

export const share = (numerator: Label, denominator: Label | ProfileFieldId, variant?: Variant) =>
  ratio(numerator, denominator, 100, '%', variant);

export const per100k = (numerator: Label, unit: string, variant?: Variant) =>
  ratio(numerator, 'population', 100_000, unit, variant);

export const perCapita = (numerator: Label, unit: string, variant?: Variant) =>
  ratio(numerator, 'population', 1, unit, variant);

/** A value the city reports as is (a measured level, an index, a duration). */
export function value(label: Label, variant?: Variant): RawPoint {
  return {
    variant,
    unit: label[2],
    inputs: [{ id: 'value', labelEn: label[0], labelZh: label[1], unit: label[2] }],
    computation: { kind: 'direct', input: 'value' },
  };
}

/** A YES/NO answer, reported as 1 or 0. */
export function yesNo(labelEn: string, labelZh: string, variant?: Variant): RawPoint {
  return {
    variant,
    unit: 'yes/no',
    inputs: [{ id: 'value', labelEn, labelZh, unit: 'yes/no' }],
    computation: { kind: 'yesNo', input: 'value' },
  };
}

export const variant = (suffix: string, labelEn: string, labelZh: string, direction?: Direction): Variant =>
  direction ? { suffix, labelEn, labelZh, direction } : { suffix, labelEn, labelZh };

// Provenance shorthands for the most common source patterns in the research notes.
/** Name, type, unit and method all printed on an official methodology page. */
export const OFFICIAL_PAGE = {
  nameEn: 'official',
  nameZh: 'official',
  type: 'official',
  unit: 'official',
  dataPoints: 'official',
} as const;
/** Name reproduced by a secondary source; nothing else sourced. */
export const SECONDARY_NAME = { nameEn: 'secondary', nameZh: 'official' } as const;
