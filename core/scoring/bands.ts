// Benchmark bands of the U4SSC verification manual and the direction-aware performance of one value against its target.
import type { Direction } from '../kpis/schema.ts';

export type Points = 1 | 2 | 3 | 4;

export interface Band {
  points: Points;
  /** The label the manual uses for the band, e.g. `33-66 %`. */
  label: string;
}

/** Lower bounds (inclusive) of each band in percent of target; "above 95 %" makes the top bound exclusive. */
export const bands: readonly Band[] = [
  { points: 1, label: '0-33 %' },
  { points: 2, label: '33-66 %' },
  { points: 3, label: '66-95 %' },
  { points: 4, label: '> 95 %' },
];

/**
 * The band a percentage of target falls in: [0, 33) -> 1, [33, 66) -> 2, [66, 95] -> 3, (95, ∞) -> 4.
 * The same bands apply to single data points and to aggregate scores (points / maximum points x 100).
 */
export function bandFor(percentage: number): Band {
  const index = percentage > 95 ? 3 : percentage >= 66 ? 2 : percentage >= 33 ? 1 : 0;
  return bands[index]!;
}

/**
 * How close a value is to its target, in percent (100 = on target), before banding:
 * - higher is better: value / target (above 100 when the target is beaten);
 * - lower is better: target / value (a value of 0 beats any positive target: Infinity);
 * - target (a level to approach from either side): min(value, target) / max(value, target), so half and
 *   double the target are equally far from it.
 * Targets are positive (checked when a targets table is validated); values are never negative.
 * Rounded to 1e-9 so that floating-point noise cannot move a value across a band boundary.
 */
export function performancePercentage(value: number, target: number, direction: Direction): number {
  const ratio =
    direction === 'higher'
      ? value / target
      : direction === 'lower'
        ? target / value
        : Math.min(value, target) / Math.max(value, target);
  return Number.isFinite(ratio) ? Math.round(ratio * 100 * 1e9) / 1e9 : Number.POSITIVE_INFINITY;
}
