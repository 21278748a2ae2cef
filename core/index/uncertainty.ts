// Uncertainty and sensitivity analysis: Monte Carlo over the weights and the normalisation, giving each ranked city its
// median rank and 90 % rank interval, the same for the same seed on any machine.
import { categoryColumns, rollUpAll, rollUpBuffers } from './aggregate.ts';
import type { IndexMethodology, NodeWeights } from './methodology.ts';
import { competitionRanks, nearestRank } from './rank.ts';
import type { TreeLayout } from './tree.ts';

/** mulberry32: a small 32-bit generator whose sequence is fixed by its seed, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface RankInterval {
  medianRank: number;
  /** The 5th and 95th percentile ranks: the city's rank lies between them in 90 % of the draws. */
  low: number;
  high: number;
}

/** Each ranked city's category scores under both normalisations. */
export interface RankedLeaves {
  bands: readonly Float64Array[];
  continuous: readonly Float64Array[];
}

function perturbed(
  base: Float64Array,
  spread: number,
  random: () => number,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < base.length; i++) out[i] = base[i]! * (1 + spread * (2 * random() - 1));
  return out;
}

/**
 * Each draw picks the normalisation (bands or continuous, even odds), then multiplies every dimension, sub-dimension
 * and category weight by an independent uniform factor in [1 - spread, 1 + spread], in tree order, recomputes every
 * ranked city's index and ranks them. KPIs within a category keep equal weights. The cities are those the nominal
 * ranking ranks: the coverage rule does not depend on weights or normalisation.
 */
export function rankIntervals(
  layout: TreeLayout,
  leaves: RankedLeaves,
  weights: NodeWeights,
  settings: IndexMethodology['uncertainty'],
): RankInterval[] {
  const n = leaves.bands.length;
  const { draws, seed, weightSpread } = settings;
  const random = seededRandom(seed);
  const drawn: NodeWeights = {
    dimension: new Float64Array(weights.dimension.length),
    subDimension: new Float64Array(weights.subDimension.length),
    category: new Float64Array(weights.category.length),
  };
  const columns = {
    bands: categoryColumns(layout, leaves.bands),
    continuous: categoryColumns(layout, leaves.continuous),
  };
  const buffers = rollUpBuffers(layout, n);
  const sorted = new Float64Array(n);
  // Draw-major, so each draw writes its ranks in one contiguous run; each city's ranks are gathered once at the end.
  const byDraw = new Uint32Array(n * draws);
  for (let d = 0; d < draws; d++) {
    const leafSet = random() < 0.5 ? columns.bands : columns.continuous;
    perturbed(weights.dimension, weightSpread, random, drawn.dimension);
    perturbed(weights.subDimension, weightSpread, random, drawn.subDimension);
    perturbed(weights.category, weightSpread, random, drawn.category);
    const { index } = rollUpAll(layout, leafSet, drawn, buffers);
    competitionRanks(index, byDraw.subarray(d * n, (d + 1) * n), sorted);
  }
  const ranksOfCity = new Uint32Array(draws);
  return Array.from({ length: n }, (_, c) => {
    for (let d = 0; d < draws; d++) ranksOfCity[d] = byDraw[d * n + c]!;
    ranksOfCity.sort();
    return {
      medianRank: nearestRank(ranksOfCity, 0.5),
      low: nearestRank(ranksOfCity, 0.05),
      high: nearestRank(ranksOfCity, 0.95),
    };
  });
}
