// Ranks by score, higher first, with ties sharing the better rank (1, 2, 2, 4), and rank quantiles.

/** The ranks of `scores` (none NaN) into `ranks`; `order` is a scratch array of the same length. */
export function competitionRanks(scores: Float64Array, ranks: Uint32Array, order: Uint32Array): void {
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  for (let position = 0; position < order.length; position++) {
    const city = order[position]!;
    const previous = position > 0 ? order[position - 1]! : -1;
    ranks[city] = previous >= 0 && scores[previous] === scores[city] ? ranks[previous]! : position + 1;
  }
}

/** The nearest-rank quantile of sorted values: the smallest value with at least p of them at or below it. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.max(Math.ceil(p * sorted.length) - 1, 0)]!;
}
