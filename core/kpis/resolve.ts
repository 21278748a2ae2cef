// Turns the compact raw KPI declarations into full catalogue entries (codes, taxonomy, ids, provenance).
import type { RawKpi, RawPoint } from './data/builders.ts';
import { categories, dimensions, subDimensions } from './data/taxonomy.ts';
import { type DataPoint, type Kpi, type ProvenanceMap, provenanceFields } from './schema.ts';

/** Provenance that holds for every KPI: tier and taxonomy come from the official code, names from the slides. */
const BASE_PROVENANCE = { nameZh: 'official', taxonomy: 'official', tier: 'official' } as const;

export function resolveKpi(raw: RawKpi): Kpi {
  const [dim = '', sub = '', cat = '', number = ''] = raw.id.split('.');
  const dataPoints = raw.points.map((point) => resolvePoint(raw, point));
  return {
    id: raw.id,
    code: `${dim}: ${sub}: ${cat}: ${number}`,
    nameEn: raw.nameEn,
    nameZh: raw.nameZh,
    dimension: { code: dim, ...lookup(dimensions, dim) },
    subDimension: { code: sub, ...lookup(subDimensions, `${dim}.${sub}`) },
    category: { code: cat, ...lookup(categories, cat) },
    tier: number.endsWith('C') ? 'core' : 'advanced',
    type: raw.type,
    unit: raw.unit ?? [...new Set(dataPoints.map((point) => point.unit))].join('; '),
    direction: raw.direction,
    sdgTargets: raw.sdgTargets,
    dataPoints,
    provenance: resolveProvenance(raw),
  };
}

function resolvePoint(raw: RawKpi, point: RawPoint): DataPoint {
  const v = point.variant;
  return {
    id: v ? `${raw.id}.${v.suffix}` : raw.id,
    kpiId: raw.id,
    labelEn: v?.labelEn ?? raw.nameEn,
    labelZh: v?.labelZh ?? raw.nameZh,
    unit: point.unit,
    direction: v?.direction ?? raw.direction,
    inputs: point.inputs,
    computation: point.computation,
  };
}

function resolveProvenance(raw: RawKpi): ProvenanceMap {
  const sourced: Partial<ProvenanceMap> = { ...BASE_PROVENANCE, ...raw.sourced };
  return Object.fromEntries(
    provenanceFields.map((field) => [field, sourced[field] ?? 'project']),
  ) as ProvenanceMap;
}

function lookup<T>(table: Record<string, T>, key: string): T {
  const found = table[key];
  if (!found) throw new Error(`KPI taxonomy has no entry for ${key}`);
  return found;
}
