// Step 6 of the methodology: Monte Carlo over weights and normalisation, reproducible from its seed.
import { describe, expect, it } from 'vitest';
import { composeResults } from '../../../core/index/compose.ts';
import { nearestRank } from '../../../core/index/rank.ts';
import { seededRandom } from '../../../core/index/uncertainty.ts';
import {
  exampleCities,
  exampleContribution,
  exampleHeader,
  exampleLayout,
  exampleMethodology,
} from './worked-example.ts';

const contributions = exampleCities.map((c) => exampleContribution(c));
const intervals = (uncertainty = exampleMethodology.uncertainty) =>
  composeResults(
    exampleLayout,
    { ...exampleMethodology, uncertainty },
    exampleHeader,
    contributions,
  ).cities.map((c) => [c.cityName, c.uncertainty]);

describe('the uncertainty analysis', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = Array.from({ length: 5 }, seededRandom(1));
    const b = Array.from({ length: 5 }, seededRandom(1));
    const c = Array.from({ length: 5 }, seededRandom(2));

    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives the same rank intervals for the same seed, composed twice', () => {
    expect(intervals()).toEqual(intervals());
  });

  it('holds each ranked city between its interval bounds, median inside, and gives none to a listed city', () => {
    const { cities } = composeResults(exampleLayout, exampleMethodology, exampleHeader, contributions);

    for (const city of cities.filter((c) => c.status === 'ranked')) {
      const { low, medianRank, high } = city.uncertainty!;
      expect(low).toBeLessThanOrEqual(medianRank);
      expect(medianRank).toBeLessThanOrEqual(high);
      expect(city.rank! >= low && city.rank! <= high).toBe(true);
    }
    expect(cities.find((c) => c.status === 'listed')?.uncertainty).toBeNull();
  });

  it('widens the intervals of close cities when weights move, and leaves them at the rank when nothing moves', () => {
    const still = intervals({ ...exampleMethodology.uncertainty, weightSpread: 0 });
    const moving = intervals({ ...exampleMethodology.uncertainty, weightSpread: 0.9 });

    // With no weight spread only the normalisation varies, and both give the same order here.
    expect(still.slice(0, 3)).toEqual([
      ['Alpha', { medianRank: 1, low: 1, high: 1 }],
      ['Delta', { medianRank: 2, low: 2, high: 2 }],
      ['Beta', { medianRank: 3, low: 3, high: 3 }],
    ]);
    expect(moving[1]![1]).toMatchObject({ low: 1, high: 3 });
  });

  it('takes the nearest-rank percentile: the smallest value with at least p of the values at or below it', () => {
    const sorted = [1, 1, 2, 2, 2, 3, 3, 3, 3, 4];

    expect([nearestRank(sorted, 0.05), nearestRank(sorted, 0.5), nearestRank(sorted, 0.95)]).toEqual([
      1, 2, 4,
    ]);
  });
});
