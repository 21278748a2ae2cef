// Ranks by score, higher first, with ties sharing the better rank (1, 2, 2, 4), and rank quantiles.

/**
 * The ranks of `scores` (none NaN) into `ranks`: one plus the number of scores strictly higher, found by binary search
 * in a sorted copy (`sorted`, scratch of the same length). A native numeric sort without a comparator is several
 * times faster than sorting indices by score, and ties need no order among themselves.
 */
export function competitionRanks(scores: Float64Array, ranks: Uint32Array, sorted: Float64Array): void {
  sorted.set(scores);
  sorted.sort();
  const n = sorted.length;
  for (let c = 0; c < n; c++) {
    const score = scores[c]!;
    // The first position holding a score above this one: everything from there up ranks ahead of it.
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! <= score) low = middle + 1;
      else high = middle;
    }
    ranks[c] = n - low + 1;
  }
}

/** The nearest-rank quantile of sorted values: the smallest value with at least p of them at or below it. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.max(Math.ceil(p * sorted.length) - 1, 0)]!;
}
