// Steps 4 and 5 of the methodology: KPI, category, sub-dimension, dimension and index of the worked example.
import { describe, expect, it } from 'vitest';
import { leafScores, rollUp } from '../../../core/index/aggregate.ts';
import { nodeWeights } from '../../../core/index/methodology.ts';
import { exampleLayout, performances } from './worked-example.ts';

const equal = nodeWeights(exampleLayout, []);
const [k1, k2, k3, k4, k5] = [0, 1, 2, 3, 4];

describe('aggregation data point → KPI → category → sub-dimension → dimension → index', () => {
  it('scores a KPI as the mean of its data points and a category as the mean of its KPIs', () => {
    const { kpis, categories } = leafScores(exampleLayout, performances('Alpha'), 'bands');

    expect(kpis[k2]).toBeCloseTo((100 + 100 / 3) / 2, 9);
    expect(categories[0]).toBeCloseTo((kpis[k1]! + kpis[k2]!) / 2, 9);
    expect([kpis[k3], kpis[k4], kpis[k5]]).toEqual([100 / 3, 100 / 3, 100]);
  });

  it("rolls Alpha's categories up to the page's dimensions and index", () => {
    const { categories } = leafScores(exampleLayout, performances('Alpha'), 'bands');

    const { subDimensions, dimensions, index } = rollUp(exampleLayout, categories, equal);

    expect([...subDimensions]).toEqual([200 / 3, 100 / 3, (100 / 3 + 100) / 2]);
    expect(dimensions[0]).toBeCloseTo(50, 9);
    expect(dimensions[1]).toBeCloseTo(200 / 3, 9);
    expect(index).toBeCloseTo(175 / 3, 9);
  });

  it('gives the continuous index of the page for Alpha: 69.375', () => {
    const { categories } = leafScores(exampleLayout, performances('Alpha'), 'continuous');

    expect(rollUp(exampleLayout, categories, equal).index).toBeCloseTo(69.375, 9);
  });

  it("shares a parent's weight among its children: sub-dimension A.2 weighing 3 moves dimension A towards it", () => {
    const weights = nodeWeights(exampleLayout, [{ level: 'subDimension', path: 'A.2', weight: 3 }]);
    const { categories } = leafScores(exampleLayout, performances('Alpha'), 'bands');

    const { dimensions } = rollUp(exampleLayout, categories, weights);

    expect(dimensions[0]).toBeCloseTo((200 / 3 + 3 * (100 / 3)) / 4, 9);
  });
});
