// Composes an edition's results from the cities' verified contributions: scores, coverage, ranks and rank intervals.
import { dimensionCoverage, leafScores, type Performances, rollUp } from './aggregate.ts';
import type { CityResult, IndexEdition, Naming } from './edition.ts';
import { type IndexMethodology, nodeWeights } from './methodology.ts';
import type { CityProfile } from './profile.ts';
import { competitionRanks } from './rank.ts';
import type { TreeLayout } from './tree.ts';
import { rankIntervals } from './uncertainty.ts';

/** One certified city's part: who it is, its consent, and only the data points the verifier verified. */
export interface Contribution {
  pilotId: string;
  cityId: string;
  cityName: string;
  country: string;
  region?: string;
  naming: Naming;
  certificateNumber: string;
  certifiedAt: string;
  datasetVersion: number;
  /** The profile of the verified dataset, as peer groups compare it. */
  profile: CityProfile;
  /** Verified values with a target in the edition's targets version, and their performance in percent of it. */
  dataPoints: readonly { dataPointId: string; kpiId: string; value: number; percentage: number }[];
}

export interface EditionHeader {
  editionId: string;
  composedAt: string;
  composedBy: string;
  note?: string;
  targetsVersion: number;
  catalogueVersion: string;
}

/** Stored to a millionth: enough for any table, and the same bytes on every machine. */
const stored = (v: number) => (Number.isNaN(v) ? null : Math.round(v * 1e6) / 1e6);

function byPath(nodes: readonly { path: string }[], values: Float64Array): Record<string, number | null> {
  return Object.fromEntries(nodes.map((n, i) => [n.path, stored(values[i]!)]));
}

export function composeResults(
  layout: TreeLayout,
  methodology: IndexMethodology,
  header: EditionHeader,
  contributions: readonly Contribution[],
): IndexEdition {
  const weights = nodeWeights(layout, methodology.weights);
  const scored = contributions.map((c) => {
    const performances: Performances = new Map(c.dataPoints.map((p) => [p.dataPointId, p.percentage]));
    const bands = leafScores(layout, performances, 'bands');
    const continuous = leafScores(layout, performances, 'continuous');
    const headline = methodology.normalisation === 'bands' ? bands : continuous;
    const coverage = dimensionCoverage(layout, headline.kpis, methodology.coverage.minKpiShare);
    const rolled = rollUp(layout, headline.categories, weights);
    return {
      contribution: c,
      bands,
      continuous,
      headline,
      coverage,
      ranked: coverage.every((d) => d.meets) && !Number.isNaN(rolled.index),
      index: rolled.index,
      subDimensions: byPath(layout.subDimensions, rolled.subDimensions),
      dimensions: byPath(layout.dimensions, rolled.dimensions),
    };
  });
  const ranked = scored.filter((s) => s.ranked);
  const ranks = new Uint32Array(ranked.length);
  competitionRanks(
    Float64Array.from(ranked, (s) => s.index),
    ranks,
    new Float64Array(ranked.length),
  );
  const intervals = rankIntervals(
    layout,
    { bands: ranked.map((s) => s.bands.categories), continuous: ranked.map((s) => s.continuous.categories) },
    weights,
    methodology.uncertainty,
  );
  const rankOf = new Map(ranked.map((s, i) => [s, { rank: ranks[i]!, interval: intervals[i]! }]));
  const cities: CityResult[] = scored.map((s) => {
    const r = rankOf.get(s);
    const { dataPoints, ...who } = s.contribution;
    return {
      ...who,
      status: r ? 'ranked' : 'listed',
      coverage: s.coverage,
      index: r ? stored(s.index) : null,
      rank: r?.rank ?? null,
      uncertainty: r?.interval ?? null,
      dimensions: s.dimensions,
      subDimensions: s.subDimensions,
      categories: byPath(layout.categories, s.headline.categories),
      kpis: Object.fromEntries(
        layout.kpis.flatMap((k, i) =>
          Number.isNaN(s.headline.kpis[i]!) ? [] : [[k.kpiId, stored(s.headline.kpis[i]!)!]],
        ),
      ),
      dataPoints: [...dataPoints],
    };
  });
  cities.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      a.cityName.localeCompare(b.cityName) ||
      a.pilotId.localeCompare(b.pilotId),
  );
  return { ...header, methodologyVersion: methodology.version, cities };
}
