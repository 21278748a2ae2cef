// The index's aggregation of one city: data point performance → normalised score → KPI → category → sub-dimension →
// dimension → index, with missing values left missing (NaN) and each mean taken over the children present.
import { bandFor } from '../scoring/bands.ts';
import type { NodeWeights, Normalisation } from './methodology.ts';
import type { TreeLayout } from './tree.ts';

/** Performance above this is capped, as in scoring, so that a zero of a lower-is-better KPI stays finite. */
const PERCENTAGE_CAP = 1000;

/**
 * A data point's score of 0 to 100 from its performance (percent of target, see performancePercentage):
 * - bands: distance to target on the benchmark bands, (points - 1) / 3 x 100, so 0, 33.3, 66.7 or 100;
 * - continuous: the performance itself, capped at 100 (reaching the target is the best a city can do).
 */
export function normalise(percentage: number, method: Normalisation): number {
  const capped = Math.min(percentage, PERCENTAGE_CAP);
  return method === 'bands' ? ((bandFor(capped).points - 1) * 100) / 3 : Math.min(capped, 100);
}

/** Verified, benchmarked performances of one city by data point id; a data point absent here is missing. */
export type Performances = ReadonlyMap<string, number>;

/** Mean of the values present; NaN when none is. */
function meanOfPresent(values: Iterable<number>): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    n += 1;
  }
  return n ? sum / n : Number.NaN;
}

/**
 * KPI and category scores under one normalisation. A KPI is the mean of its data points present (every KPI weighs
 * the same whatever its number of data points, as in scoring); a category the mean of its KPIs present.
 */
export function leafScores(layout: TreeLayout, performances: Performances, method: Normalisation) {
  const kpis = Float64Array.from(layout.kpis, (k) =>
    meanOfPresent(
      k.dataPointIds.map((id) => {
        const p = performances.get(id);
        return p === undefined ? Number.NaN : normalise(p, method);
      }),
    ),
  );
  const categories = new Float64Array(layout.categories.length);
  const counts = new Float64Array(layout.categories.length);
  layout.kpis.forEach((k, i) => {
    if (Number.isNaN(kpis[i]!)) return;
    categories[k.parent]! += kpis[i]!;
    counts[k.parent]! += 1;
  });
  for (let c = 0; c < categories.length; c++)
    categories[c] = counts[c] ? categories[c]! / counts[c]! : Number.NaN;
  return { kpis, categories };
}

/** How much of each dimension a city covers: KPIs with a score over the dimension's KPIs, and whether that passes. */
export function dimensionCoverage(layout: TreeLayout, kpis: Float64Array, minKpiShare: number) {
  const scored = layout.dimensions.map(() => 0);
  layout.kpis.forEach((k, i) => {
    if (!Number.isNaN(kpis[i]!)) scored[k.dimension]! += 1;
  });
  return layout.dimensions.map((d, i) => {
    const share = scored[i]! / layout.kpisPerDimension[i]!;
    return {
      path: d.path,
      scoredKpis: scored[i]!,
      kpis: layout.kpisPerDimension[i]!,
      share,
      meets: share >= minKpiShare,
    };
  });
}
export type DimensionCoverage = ReturnType<typeof dimensionCoverage>[number];

/**
 * Weighted means by parent over the children present, for n cities at once. Values are node-major: node i of city c
 * at i * n + c, so each pass runs down contiguous memory (the Monte Carlo rolls up every city in every draw). A
 * parent with no child present is NaN.
 */
function weightedInto(
  children: Float64Array,
  weights: Float64Array,
  parents: Int32Array,
  n: number,
  out: Float64Array,
  totals: Float64Array,
): void {
  out.fill(0);
  totals.fill(0);
  for (let i = 0; i < parents.length; i++) {
    const w = weights[i]!;
    const from = i * n;
    const to = parents[i]! * n;
    for (let c = 0; c < n; c++) {
      const v = children[from + c]!;
      if (Number.isNaN(v)) continue;
      out[to + c]! += w * v;
      totals[to + c]! += w;
    }
  }
  for (let j = 0; j < out.length; j++) out[j] = totals[j] ? out[j]! / totals[j]! : Number.NaN;
}

/** Reusable buffers for rolling up n cities, so the Monte Carlo draws allocate nothing. */
export function rollUpBuffers(layout: TreeLayout, n = 1) {
  return {
    n,
    subDimensions: new Float64Array(layout.subDimensions.length * n),
    dimensions: new Float64Array(layout.dimensions.length * n),
    index: new Float64Array(n),
    subTotals: new Float64Array(layout.subDimensions.length * n),
    dimTotals: new Float64Array(layout.dimensions.length * n),
  };
}
export type RollUpBuffers = ReturnType<typeof rollUpBuffers>;

/** The category scores of many cities, node-major (category k of city c at k * n + c), as rollUpAll reads them. */
export function categoryColumns(layout: TreeLayout, cities: readonly Float64Array[]): Float64Array {
  const n = cities.length;
  const columns = new Float64Array(layout.categories.length * n);
  cities.forEach((categories, c) => {
    for (let k = 0; k < categories.length; k++) columns[k * n + c] = categories[k]!;
  });
  return columns;
}

/**
 * Categories → sub-dimensions → dimensions → index for the buffers' n cities, by weighted means over the children
 * present (their weights renormalised: a missing child is not imputed, it is left out and said so by the coverage).
 * The index needs every dimension: it is NaN when one is missing. The results live in the buffers, node-major, until
 * the next call.
 */
export function rollUpAll(
  layout: TreeLayout,
  categories: Float64Array,
  weights: NodeWeights,
  buffers: RollUpBuffers,
): RollUpBuffers {
  const { n } = buffers;
  weightedInto(
    categories,
    weights.category,
    layout.categoryParents,
    n,
    buffers.subDimensions,
    buffers.subTotals,
  );
  weightedInto(
    buffers.subDimensions,
    weights.subDimension,
    layout.subDimensionParents,
    n,
    buffers.dimensions,
    buffers.dimTotals,
  );
  // A missing dimension makes the sum NaN, and NaN stays NaN: the index of that city is NaN.
  buffers.index.fill(0);
  let total = 0;
  for (let d = 0; d < layout.dimensions.length; d++) {
    const w = weights.dimension[d]!;
    for (let c = 0; c < n; c++) buffers.index[c]! += w * buffers.dimensions[d * n + c]!;
    total += w;
  }
  for (let c = 0; c < n; c++) buffers.index[c] = buffers.index[c]! / total;
  return buffers;
}

/** One city's roll-up (see rollUpAll), in fresh arrays. */
export function rollUp(
  layout: TreeLayout,
  categories: Float64Array,
  weights: NodeWeights,
): { subDimensions: Float64Array; dimensions: Float64Array; index: number } {
  const { subDimensions, dimensions, index } = rollUpAll(layout, categories, weights, rollUpBuffers(layout));
  return { subDimensions, dimensions, index: index[0]! };
}
