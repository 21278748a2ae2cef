// The versioned methodology of the Smart Sustainable Cities Index: normalisation, the missing-data policy, weights,
// the uncertainty analysis and the disclosure rule. The secretariat publishes versions like the other programme tables.
import * as z from 'zod';
import { catalogueTree, indexLevels, layOut, nodesOf, type TreeLayout } from './tree.ts';

export const normalisationSchema = z.enum(['bands', 'continuous']);
export type Normalisation = z.infer<typeof normalisationSchema>;
export const normalisations = normalisationSchema.options;

/** A weight other than the default 1 for one node; siblings' weights are shares of their parent. */
export const weightSchema = z.strictObject({
  level: z.enum(indexLevels),
  path: z.string().min(1).max(32),
  weight: z.number().positive().max(100),
});
export type Weight = z.infer<typeof weightSchema>;

export const indexMethodologySchema = z.strictObject({
  version: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  note: z.string().max(2000).optional(),
  /** How the headline ranking turns a data point's performance into a score of 0 to 100. */
  normalisation: normalisationSchema,
  /**
   * The missing-data policy: a city is ranked only when, in every dimension, at least this share of the dimension's
   * KPIs has a verified, benchmarked value. Below it the city is listed with its coverage, not ranked.
   */
  coverage: z.strictObject({ minKpiShare: z.number().gt(0).max(1) }),
  /** Every node not named weighs 1: equal weights per level. */
  weights: z.array(weightSchema).max(40),
  /** Monte Carlo over weights (each multiplied by a uniform factor in 1 ± spread) and the two normalisations. */
  uncertainty: z.strictObject({
    draws: z.number().int().min(10).max(10_000),
    seed: z.number().int().min(0).max(4_294_967_295),
    weightSpread: z.number().min(0).max(0.9),
  }),
  /** A distribution of anonymised values is published only over at least this many cities. */
  disclosure: z.strictObject({ minCities: z.number().int().min(3).max(1000) }),
  /** How cities are grouped with their peers, from the city profile of their verified dataset. */
  peerGroups: z.strictObject({
    /** Upper bounds of the population bands, ascending; above the last is the last band. */
    populationBands: z.array(z.number().positive()).min(1).max(10),
    /** Upper bounds of the GDP per capita bands in US dollars, ascending. */
    gdpPerCapitaBandsUsd: z.array(z.number().positive()).min(1).max(10),
    /** US dollars per unit of each currency; a city in a currency not listed has no GDP band. */
    usdPerUnit: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
    /** How many nearest cities by profile make "cities like mine". */
    similarCities: z.number().int().min(3).max(50),
  }),
});
export type IndexMethodology = z.infer<typeof indexMethodologySchema>;

/** What the secretariat sends; the version, time and author are the system's. */
export const indexMethodologyRequestSchema = indexMethodologySchema.omit({
  version: true,
  createdAt: true,
  createdBy: true,
});

export const defaultIndexMethodology: IndexMethodology = {
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'project defaults',
  note: 'Distance to target on the benchmark bands, equal weights per level, half of each dimension covered.',
  normalisation: 'bands',
  coverage: { minKpiShare: 0.5 },
  weights: [],
  uncertainty: { draws: 1000, seed: 20_270_101, weightSpread: 0.5 },
  disclosure: { minCities: 5 },
  peerGroups: {
    populationBands: [100_000, 500_000, 1_000_000, 5_000_000],
    // The World Bank's income thresholds (GNI per capita, FY2025), applied to city GDP per capita.
    gdpPerCapitaBandsUsd: [1_145, 4_515, 14_005],
    // Illustrative rates: the secretariat publishes the rates of the edition's reference year in a new version.
    usdPerUnit: { USD: 1, EUR: 1.08, CNY: 0.14, GBP: 1.27 },
    similarCities: 5,
  },
};

export type MethodologyCheck = { ok: true; table: IndexMethodology } | { ok: false; issues: string[] };

/** Shape, a version after the one in force, and weights that name nodes of the tree, each at most once. */
export function validateMethodology(
  candidate: unknown,
  current: IndexMethodology,
  layout: TreeLayout = layOut(catalogueTree()),
): MethodologyCheck {
  const parsed = indexMethodologySchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => i.message) };
  const issues: string[] = [];
  const seen = new Set<string>();
  for (const { level, path } of parsed.data.weights) {
    if (!nodesOf(layout, level).some((n) => n.path === path))
      issues.push(`weights: ${path} is not a ${level} of the catalogue`);
    if (seen.has(`${level}:${path}`)) issues.push(`weights: ${path} has more than one weight`);
    seen.add(`${level}:${path}`);
  }
  for (const [name, bands] of Object.entries({
    populationBands: parsed.data.peerGroups.populationBands,
    gdpPerCapitaBandsUsd: parsed.data.peerGroups.gdpPerCapitaBandsUsd,
  })) {
    if (bands.some((b, i) => i > 0 && b <= bands[i - 1]!))
      issues.push(`peerGroups.${name}: bounds must ascend`);
  }
  if (parsed.data.version <= current.version)
    issues.push(`version ${parsed.data.version} must follow ${current.version}`);
  return issues.length ? { ok: false, issues } : { ok: true, table: parsed.data };
}

/** The weight of every node of each level, in tree order: 1 unless the methodology names it. */
export function nodeWeights(layout: TreeLayout, weights: readonly Weight[]) {
  const of = (level: Weight['level']) =>
    Float64Array.from(
      nodesOf(layout, level),
      (n) => weights.find((w) => w.level === level && w.path === n.path)?.weight ?? 1,
    );
  return { dimension: of('dimension'), subDimension: of('subDimension'), category: of('category') };
}
export type NodeWeights = ReturnType<typeof nodeWeights>;
