// Step 2 of the methodology: a data point's performance becomes a score of 0 to 100, on the bands or continuously.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../core/index/aggregate.ts';

describe('normalisation as distance to target', () => {
  it('maps each benchmark band to (points - 1) / 3 x 100, boundaries as in scoring', () => {
    const scores = [0, 32.9, 33, 65.9, 66, 95, 95.1, 120].map((p) => normalise(p, 'bands'));

    expect(scores).toEqual([0, 0, 100 / 3, 100 / 3, 200 / 3, 200 / 3, 100, 100]);
  });

  it('keeps the performance continuously and caps it at the target', () => {
    const scores = [0, 50, 80, 100, 120, Number.POSITIVE_INFINITY].map((p) => normalise(p, 'continuous'));

    expect(scores).toEqual([0, 50, 80, 100, 100, 100]);
  });

  it("scores the worked example's Alpha as the page does", () => {
    // k1 80 %, k2.a 120 %, k2.b 50 %, k3 50 %, k4 50 %, k5 100 %
    const performances = [80, 120, 50, 50, 50, 100];

    expect(performances.map((p) => normalise(p, 'bands'))).toEqual([
      200 / 3,
      100,
      100 / 3,
      100 / 3,
      100 / 3,
      100,
    ]);
    expect(performances.map((p) => normalise(p, 'continuous'))).toEqual([80, 100, 50, 50, 50, 100]);
  });
});
