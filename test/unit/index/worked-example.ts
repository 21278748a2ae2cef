// The worked example of docs/index-methodology.md: a small tree of two dimensions and five KPIs, four cities.
import type { Contribution } from '../../../core/index/compose.ts';
import { defaultIndexMethodology, type IndexMethodology } from '../../../core/index/methodology.ts';
import { type IndexTree, layOut } from '../../../core/index/tree.ts';
import type { Direction } from '../../../core/kpis/schema.ts';
import { performancePercentage } from '../../../core/scoring/bands.ts';

const node = (path: string) => ({ path, nameEn: `Node ${path}`, nameZh: `节点 ${path}` });

export const exampleTree: IndexTree = {
  dimensions: [
    {
      ...node('A'),
      subDimensions: [
        {
          ...node('A.1'),
          categories: [
            {
              ...node('A.1.x'),
              kpis: [
                { kpiId: 'k1', dataPointIds: ['k1'] },
                { kpiId: 'k2', dataPointIds: ['k2.a', 'k2.b'] },
              ],
            },
          ],
        },
        { ...node('A.2'), categories: [{ ...node('A.2.y'), kpis: [{ kpiId: 'k3', dataPointIds: ['k3'] }] }] },
      ],
    },
    {
      ...node('B'),
      subDimensions: [
        {
          ...node('B.1'),
          categories: [
            { ...node('B.1.x'), kpis: [{ kpiId: 'k4', dataPointIds: ['k4'] }] },
            { ...node('B.1.y'), kpis: [{ kpiId: 'k5', dataPointIds: ['k5'] }] },
          ],
        },
      ],
    },
  ],
};
export const exampleLayout = layOut(exampleTree);

/** Each data point's target and desirable direction. */
export const exampleTargets: Record<string, { kpiId: string; target: number; direction: Direction }> = {
  k1: { kpiId: 'k1', target: 100, direction: 'higher' },
  'k2.a': { kpiId: 'k2', target: 50, direction: 'higher' },
  'k2.b': { kpiId: 'k2', target: 10, direction: 'lower' },
  k3: { kpiId: 'k3', target: 20, direction: 'target' },
  k4: { kpiId: 'k4', target: 10, direction: 'higher' },
  k5: { kpiId: 'k5', target: 1, direction: 'higher' },
};

export const exampleValues: Record<string, Record<string, number>> = {
  Alpha: { k1: 80, 'k2.a': 60, 'k2.b': 20, k3: 40, k4: 5, k5: 1 },
  Beta: { k1: 30, 'k2.a': 50, k3: 10, k4: 12, k5: 0 },
  Gamma: { k1: 100, 'k2.a': 10, 'k2.b': 10 },
  Delta: { k1: 40, 'k2.a': 40, k3: 20, k4: 7, k5: 0 },
};

export function exampleContribution(cityName: string, values = exampleValues[cityName]!): Contribution {
  return {
    pilotId: `p-${cityName.toLowerCase()}`,
    cityId: cityName.toLowerCase(),
    cityName,
    country: 'Exampleland',
    naming: 'named',
    certificateNumber: `U4SSC-2027-${cityName.toUpperCase()}`,
    certifiedAt: '2027-03-01T00:00:00.000Z',
    datasetVersion: 1,
    profile: { population: null, gdpPerCapitaUsd: null, populationBand: null, gdpPerCapitaBand: null },
    dataPoints: Object.entries(values).map(([dataPointId, value]) => {
      const { kpiId, target, direction } = exampleTargets[dataPointId]!;
      return { dataPointId, kpiId, value, percentage: performancePercentage(value, target, direction) };
    }),
  };
}

export const exampleMethodology: IndexMethodology = {
  ...defaultIndexMethodology,
  uncertainty: { draws: 1000, seed: 1, weightSpread: 0.5 },
};

export const exampleHeader = {
  editionId: 'example',
  composedAt: '2027-04-01T00:00:00.000Z',
  composedBy: 'secretariat',
  targetsVersion: 1,
  catalogueVersion: '1.0.0',
};

export const performances = (cityName: string) =>
  new Map(exampleContribution(cityName).dataPoints.map((p) => [p.dataPointId, p.percentage]));

export const exampleCities = Object.keys(exampleValues);
