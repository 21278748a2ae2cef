// Step 3 of the methodology: nothing imputed, coverage per dimension, a city under the threshold listed and not ranked.
import { describe, expect, it } from 'vitest';
import { dimensionCoverage, leafScores, rollUp } from '../../../core/index/aggregate.ts';
import { composeResults } from '../../../core/index/compose.ts';
import { nodeWeights } from '../../../core/index/methodology.ts';
import {
  exampleCities,
  exampleContribution,
  exampleHeader,
  exampleLayout,
  exampleMethodology,
  performances,
} from './worked-example.ts';

describe('the missing-data policy', () => {
  it('leaves a missing data point out of its KPI rather than counting it as zero', () => {
    const { kpis } = leafScores(exampleLayout, performances('Beta'), 'bands');

    // Beta reports k2.a (100 %) but not k2.b.
    expect(kpis[1]).toBe(100);
  });

  it('leaves a child with nothing covered out of its parent and says so with NaN, never a number', () => {
    const { categories } = leafScores(exampleLayout, performances('Gamma'), 'bands');

    const { subDimensions, dimensions, index } = rollUp(
      exampleLayout,
      categories,
      nodeWeights(exampleLayout, []),
    );

    expect(Number.isNaN(subDimensions[1]!)).toBe(true);
    expect(dimensions[0]).toBe(75);
    expect(Number.isNaN(dimensions[1]!)).toBe(true);
    expect(Number.isNaN(index)).toBe(true);
  });

  it("measures Gamma's coverage as 2 of 3 KPIs of A and 0 of 2 of B", () => {
    const { kpis } = leafScores(exampleLayout, performances('Gamma'), 'bands');

    const coverage = dimensionCoverage(exampleLayout, kpis, 0.5);

    expect(coverage.map(({ path, scoredKpis, kpis, meets }) => ({ path, scoredKpis, kpis, meets }))).toEqual([
      { path: 'A', scoredKpis: 2, kpis: 3, meets: true },
      { path: 'B', scoredKpis: 0, kpis: 2, meets: false },
    ]);
  });

  it('lists a city under the threshold in any dimension without an index or a rank, after the ranked ones', () => {
    const contributions = exampleCities.map((c) => exampleContribution(c));

    const { cities } = composeResults(exampleLayout, exampleMethodology, exampleHeader, contributions);

    expect(cities.map((c) => [c.cityName, c.status, c.rank])).toEqual([
      ['Alpha', 'ranked', 1],
      ['Delta', 'ranked', 2],
      ['Beta', 'ranked', 3],
      ['Gamma', 'listed', null],
    ]);
    expect(cities[3]).toMatchObject({ index: null, uncertainty: null, dimensions: { A: 75, B: null } });
  });

  it('ranks a city that covers every dimension at a lower threshold, and refuses one that misses a whole dimension', () => {
    const beta = exampleContribution('Beta', { k1: 30, k4: 12 });
    const strict = { ...exampleMethodology, coverage: { minKpiShare: 0.5 } };
    const lenient = { ...exampleMethodology, coverage: { minKpiShare: 0.3 } };

    const underStrict = composeResults(exampleLayout, strict, exampleHeader, [beta]).cities[0]!;
    const underLenient = composeResults(exampleLayout, lenient, exampleHeader, [beta]).cities[0]!;

    // 1 of 3 KPIs of A (0.33) and 1 of 2 of B (0.5).
    expect(underStrict.status).toBe('listed');
    expect(underLenient).toMatchObject({ status: 'ranked', rank: 1 });
  });
});
