// What an edition shows the public: the cities that consented by name, and distributions over every contributing
// city, each published only over enough cities that no single anonymous value can be read from it.
import * as z from 'zod';
import {
  type CityResult,
  coverageSchema,
  type IndexEdition,
  indexEditionRecordSchema,
  rankIntervalSchema,
} from './edition.ts';
import type { IndexMethodology } from './methodology.ts';
import type { TreeLayout } from './tree.ts';

/** A dimension's taxonomy path and its names, for the pages that label scores. */
export const nodeSchema = z.object({ path: z.string(), nameEn: z.string(), nameZh: z.string() });

export const distributionSchema = z.object({
  level: z.enum(['index', 'dimension', 'subDimension', 'category', 'kpi']),
  /** `index` for the index itself, else a taxonomy path or a KPI id. */
  path: z.string(),
  cities: z.number().int().positive(),
  q1: z.number(),
  median: z.number(),
  q3: z.number(),
});
export type Distribution = z.infer<typeof distributionSchema>;

const namedCitySchema = z.object({
  cityId: z.string(),
  cityName: z.string(),
  country: z.string(),
  region: z.string().optional(),
  status: z.enum(['ranked', 'listed']),
  rank: z.number().int().positive().nullable(),
  index: z.number().nullable(),
  uncertainty: rankIntervalSchema.nullable(),
  dimensions: z.record(z.string(), z.number().nullable()),
  coverage: z.array(coverageSchema),
});

export const publicEditionSchema = z.object({
  editionId: z.string(),
  publishedAt: z.string(),
  methodologyVersion: z.number().int().positive(),
  targetsVersion: z.number().int().positive(),
  catalogueVersion: z.string(),
  normalisation: z.enum(['bands', 'continuous']),
  coverageThreshold: z.number(),
  /** Every certified city that contributed, named or not, ranked or listed. */
  contributors: z.number().int().nonnegative(),
  ranked: z.number().int().nonnegative(),
  dimensions: z.array(nodeSchema),
  /** Named cities only, ranked ones by rank, then listed ones; anonymous cities keep their places in the ranks. */
  cities: z.array(namedCitySchema),
  distributions: z.array(distributionSchema),
  /** Fewer cities than this have a score at a node: its distribution is withheld. */
  minCitiesPerDistribution: z.number().int().positive(),
});
export type PublicEdition = z.infer<typeof publicEditionSchema>;

/** The dimensions' paths and names, as the pages label them. */
export const dimensionNodes = (layout: TreeLayout) =>
  layout.dimensions.map(({ path, nameEn, nameZh }) => ({ path, nameEn, nameZh }));

export const publicEditionEntrySchema = indexEditionRecordSchema.pick({
  editionId: true,
  publishedAt: true,
  methodologyVersion: true,
  targetsVersion: true,
  cities: true,
  ranked: true,
});

/** The one rule of consent: a city's name and values are public only when it chose to be named. */
export function namedCities(edition: IndexEdition): CityResult[] {
  return edition.cities.filter((c) => c.naming === 'named');
}

/** Quartiles by linear interpolation between order statistics (Excel's QUARTILE.INC, R's type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return Math.round((sorted[below]! + (h - below) * (sorted[above]! - sorted[below]!)) * 1e6) / 1e6;
}

/**
 * The quartiles of one node over the cities with a score there, or nothing when they are fewer than `minCities`, or
 * when exactly one of them is anonymous: the named values are public, so the lone anonymous one could be read off.
 */
export function distribution(
  level: Distribution['level'],
  path: string,
  cities: readonly CityResult[],
  score: (city: CityResult) => number | null | undefined,
  minCities: number,
): Distribution[] {
  const scored = cities.filter((c) => typeof score(c) === 'number');
  if (scored.length < minCities || scored.filter((c) => c.naming === 'anonymous').length === 1) return [];
  const present = scored.map((c) => score(c) as number).sort((a, b) => a - b);
  return [
    {
      level,
      path,
      cities: present.length,
      q1: quantile(present, 0.25),
      median: quantile(present, 0.5),
      q3: quantile(present, 0.75),
    },
  ];
}

/** Distributions of the index and of every node and KPI, over all contributing cities that have a score there. */
export function distributions(
  layout: TreeLayout,
  cities: readonly CityResult[],
  minCities: number,
): Distribution[] {
  const levels = [
    ['dimension', layout.dimensions, (c: CityResult) => c.dimensions],
    ['subDimension', layout.subDimensions, (c: CityResult) => c.subDimensions],
    ['category', layout.categories, (c: CityResult) => c.categories],
  ] as const;
  return [
    ...distribution('index', 'index', cities, (c) => c.index, minCities),
    ...levels.flatMap(([level, nodes, scores]) =>
      nodes.flatMap((n) => distribution(level, n.path, cities, (c) => scores(c)[n.path], minCities)),
    ),
    ...layout.kpis.flatMap((k) => distribution('kpi', k.kpiId, cities, (c) => c.kpis[k.kpiId], minCities)),
  ];
}

export function publicEdition(
  layout: TreeLayout,
  edition: IndexEdition,
  publishedAt: string,
  methodology: IndexMethodology,
): PublicEdition {
  const minCities = methodology.disclosure.minCities;
  return {
    editionId: edition.editionId,
    publishedAt,
    methodologyVersion: edition.methodologyVersion,
    targetsVersion: edition.targetsVersion,
    catalogueVersion: edition.catalogueVersion,
    normalisation: methodology.normalisation,
    coverageThreshold: methodology.coverage.minKpiShare,
    contributors: edition.cities.length,
    ranked: edition.cities.filter((c) => c.status === 'ranked').length,
    dimensions: dimensionNodes(layout),
    cities: namedCities(edition).map((c) => ({
      cityId: c.cityId,
      cityName: c.cityName,
      country: c.country,
      region: c.region,
      status: c.status,
      rank: c.rank,
      index: c.index,
      uncertainty: c.uncertainty,
      dimensions: c.dimensions,
      coverage: c.coverage,
    })),
    distributions: distributions(layout, edition.cities, minCities),
    minCitiesPerDistribution: minCities,
  };
}
