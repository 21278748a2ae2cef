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

/** Weighted means into `out` by parent, over the children present; a parent with none present is NaN. */
function weightedInto(
  children: Float64Array,
  weights: Float64Array,
  parents: Int32Array,
  out: Float64Array,
  totals: Float64Array,
): void {
  out.fill(0);
  totals.fill(0);
  for (let i = 0; i < children.length; i++) {
    const v = children[i]!;
    if (Number.isNaN(v)) continue;
    const p = parents[i]!;
    out[p]! += weights[i]! * v;
    totals[p]! += weights[i]!;
  }
  for (let p = 0; p < out.length; p++) out[p] = totals[p] ? out[p]! / totals[p]! : Number.NaN;
}

/** Reusable buffers for rollUp, so the Monte Carlo draws allocate nothing per city. */
export function rollUpBuffers(layout: TreeLayout) {
  return {
    subDimensions: new Float64Array(layout.subDimensions.length),
    dimensions: new Float64Array(layout.dimensions.length),
    subTotals: new Float64Array(layout.subDimensions.length),
    dimTotals: new Float64Array(layout.dimensions.length),
  };
}
export type RollUpBuffers = ReturnType<typeof rollUpBuffers>;

/**
 * Categories → sub-dimensions → dimensions → index by weighted means over the children present (their weights
 * renormalised: the missing child is not imputed, it is left out and said so by the coverage). The index needs every
 * dimension: it is NaN when one is missing. The result lives in the buffers until the next call.
 */
export function rollUp(
  layout: TreeLayout,
  categories: Float64Array,
  weights: NodeWeights,
  buffers: RollUpBuffers = rollUpBuffers(layout),
): { subDimensions: Float64Array; dimensions: Float64Array; index: number } {
  weightedInto(
    categories,
    weights.category,
    layout.categoryParents,
    buffers.subDimensions,
    buffers.subTotals,
  );
  weightedInto(
    buffers.subDimensions,
    weights.subDimension,
    layout.subDimensionParents,
    buffers.dimensions,
    buffers.dimTotals,
  );
  let sum = 0;
  let total = 0;
  for (let d = 0; d < buffers.dimensions.length; d++) {
    const v = buffers.dimensions[d]!;
    if (Number.isNaN(v))
      return { subDimensions: buffers.subDimensions, dimensions: buffers.dimensions, index: Number.NaN };
    sum += weights.dimension[d]! * v;
    total += weights.dimension[d]!;
  }
  return { subDimensions: buffers.subDimensions, dimensions: buffers.dimensions, index: sum / total };
}
