// The KPI catalogue: the single source of truth for KPIs, data points and the city profile.
import { canonicalJson, sha256Hex } from './canonical-json.ts';
import { cityProfileFields } from './city-profile.ts';
import { catalogueVersion, rawKpis } from './data/index.ts';
import { resolveKpi } from './resolve.ts';
import type { CatalogueData, DataPoint, Kpi } from './schema.ts';

export interface KpiCatalogue extends CatalogueData {
  /** SHA-256 (hex) of the canonical JSON of the catalogue data; templates record it to pin what they were built from. */
  checksum: string;
}

/** Checksum of catalogue data: changes whenever any KPI, data point or profile field changes. */
export function catalogueChecksum(data: CatalogueData): string {
  return sha256Hex(canonicalJson(data));
}

/**
 * The catalogue as declared. It is part of the source, not input, so `catalogueDataSchema` checks it in the unit tests
 * (test/unit/kpis/catalogue.test.ts) rather than at every cold start, where parsing it cost tens of milliseconds.
 */
export function catalogueData(): CatalogueData {
  return { version: catalogueVersion, cityProfile: cityProfileFields, kpis: rawKpis.map(resolveKpi) };
}

function loadCatalogue(): KpiCatalogue {
  const data = catalogueData();
  let checksum: string | undefined;
  return {
    ...data,
    // Hashing the whole catalogue takes milliseconds, and only template issuance and validation need it: computed
    // on first use, so the API and most tasks never pay for it at a cold start.
    get checksum() {
      checksum ??= catalogueChecksum(data);
      return checksum;
    },
  };
}

export const kpiCatalogue: KpiCatalogue = loadCatalogue();

const kpisByKey = new Map<string, Kpi>(
  kpiCatalogue.kpis.flatMap((kpi) => [[kpi.id, kpi] as const, [kpi.code, kpi] as const]),
);
const dataPoints: DataPoint[] = kpiCatalogue.kpis.flatMap((kpi) => kpi.dataPoints);
const dataPointsById = new Map(dataPoints.map((point) => [point.id, point]));

/** A KPI category's path in the catalogue tree (`EC.ICT.ICT`): a category code recurs under several sub-dimensions. */
export const categoryPath = (kpi: Kpi) =>
  `${kpi.dimension.code}.${kpi.subDimension.code}.${kpi.category.code}`;

/** Finds a KPI by dotted id (`EC.ICT.ICT.1C`) or official code (`EC: ICT: ICT: 1C`, spacing after colons optional). */
export function findKpi(idOrCode: string): Kpi | undefined {
  const trimmed = idOrCode.trim();
  return kpisByKey.get(trimmed) ?? kpisByKey.get(trimmed.replace(/\s*:\s*/g, ': '));
}

/** Every data point in catalogue order (the order of the template rows). */
export function allDataPoints(): readonly DataPoint[] {
  return dataPoints;
}

export function findDataPoint(id: string): DataPoint | undefined {
  return dataPointsById.get(id);
}
