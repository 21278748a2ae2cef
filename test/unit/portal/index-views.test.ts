// The index pages' view models: which cities are compared, their scores side by side, scores against quartiles,
// and a city's KPIs laid out across its cycles with their movement.
import { describe, expect, it } from 'vitest';
import type { Distribution, PublicEdition } from '../../../core/index/public-view.ts';
import type { CycleTrend } from '../../../core/scoring/trends.ts';
import {
  comparisonRows,
  editionQuartiles,
  MAX_COMPARED,
  movedKpis,
  movementCounts,
  positionAmongPeers,
  quartileRow,
  toggleCompared,
  trendChartRows,
  trendTable,
} from '../../../portal/src/pages/index-views/views.ts';

const quartiles = (q1: number, median: number, q3: number, path = 'EC'): Distribution => ({
  level: 'dimension',
  path,
  cities: 5,
  q1,
  median,
  q3,
});

const city = (cityId: string, ec: number | null, en: number | null): PublicEdition['cities'][number] => ({
  cityId,
  cityName: cityId.toUpperCase(),
  country: 'Exampleland',
  status: 'ranked',
  rank: 1,
  index: 50,
  uncertainty: null,
  dimensions: { EC: ec, EN: en },
  coverage: [],
});
const dimensions = [
  { path: 'EC', label: 'Economy' },
  { path: 'EN', label: 'Environment' },
];

describe('choosing the cities to compare', () => {
  it('adds a city, removes it when chosen again, and never holds more than four', () => {
    const four = ['a', 'b', 'c', 'd'];

    expect(toggleCompared(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleCompared(four, 'e')).toEqual(four);
    expect(MAX_COMPARED).toBe(4);
  });

  it("lays the compared cities' dimension scores side by side in the order chosen, keeping missing scores null", () => {
    const cities = [city('a', 10, 20), city('b', 30, null), city('c', 50, 60)];

    const rows = comparisonRows(cities, ['c', 'b'], dimensions);

    expect(rows).toEqual([
      { label: 'Economy', c: 50, b: 30 },
      { label: 'Environment', c: 60, b: null },
    ]);
  });
});

describe('scores against quartiles', () => {
  it('draws the box from the first to the third quartile, with the median and the score beside it', () => {
    expect(quartileRow('Economy', quartiles(20.5, 40, 61.25), 55)).toEqual({
      label: 'Economy',
      offset: 20.5,
      box: 40.75,
      q1: 20.5,
      median: 40,
      q3: 61.25,
      score: 55,
    });
    expect(quartileRow('Economy', null, null)).toMatchObject({ offset: null, box: null, score: null });
  });

  it("puts the index first, then each dimension, with the chosen city's own scores", () => {
    const view = {
      distributions: [
        { ...quartiles(30, 50, 70, 'index'), level: 'index' },
        quartiles(10, 20, 30, 'EC'),
        { ...quartiles(1, 2, 3, 'EC'), level: 'kpi' },
      ],
    } as PublicEdition;

    const rows = editionQuartiles(view, dimensions, 'Index', city('a', 25, 90));

    expect(rows.map((r) => [r.label, r.median, r.score])).toEqual([
      ['Index', 50, 50],
      ['Economy', 20, 25],
      ['Environment', null, 90],
    ]);
  });

  it('places a score among its peers, a score on a quartile counting in the interval above it', () => {
    const peers = quartiles(20, 40, 60);

    expect(positionAmongPeers(19.9, peers)).toBe('belowQ1');
    expect(positionAmongPeers(20, peers)).toBe('q1ToMedian');
    expect(positionAmongPeers(40, peers)).toBe('medianToQ3');
    expect(positionAmongPeers(60, peers)).toBe('aboveQ3');
    expect(positionAmongPeers(null, peers)).toBe('unknown');
    expect(positionAmongPeers(50, null)).toBe('unknown');
  });
});

const band = (points: 1 | 2 | 3 | 4) => ({ points, label: `B${points}` });
const kpi = (kpiId: string, before: 1 | 2 | 3 | 4 | null, after: 1 | 2 | 3 | 4 | null) => ({
  kpiId,
  pointsBefore: before,
  pointsAfter: after,
  bandBefore: before === null ? null : band(before),
  bandAfter: after === null ? null : band(after),
  movement:
    before === null
      ? ('new' as const)
      : after === null
        ? ('dropped' as const)
        : after > before
          ? ('better' as const)
          : after < before
            ? ('worse' as const)
            : ('unchanged' as const),
});
const cycle = (n: number) => ({ pilotId: `p${n}`, datasetVersion: 1 });
const trends: CycleTrend[] = [
  {
    from: cycle(1),
    to: cycle(2),
    targetsVersion: 1,
    dataPoints: [],
    kpis: [kpi('K2', 2, 3), kpi('K1', 1, 1)],
  },
  {
    from: cycle(2),
    to: cycle(3),
    targetsVersion: 1,
    dataPoints: [],
    kpis: [kpi('K1', 1, 4), kpi('K2', 3, 2), kpi('K3', null, 2)],
  },
];

describe("a city's KPIs across its cycles", () => {
  it('gives each KPI its points in every cycle, oldest first, and the latest movement and band change', () => {
    const table = trendTable(trends);

    expect(table.cycles.map((c) => c.pilotId)).toEqual(['p1', 'p2', 'p3']);
    expect(table.rows).toEqual([
      { kpiId: 'K1', points: [1, 1, 4], bandBefore: 'B1', bandAfter: 'B4', movement: 'better' },
      { kpiId: 'K2', points: [2, 3, 2], bandBefore: 'B3', bandAfter: 'B2', movement: 'worse' },
      { kpiId: 'K3', points: [null, null, 2], bandBefore: null, bandAfter: 'B2', movement: 'new' },
    ]);
  });

  it('has no cycles and no rows for a city with a single certified cycle', () => {
    expect(trendTable([])).toEqual({ cycles: [], rows: [] });
  });

  it('counts the movements, opens the chart on the KPIs that moved and gives one chart row per cycle', () => {
    const table = trendTable(trends);

    expect(movementCounts(table)).toEqual({ better: 1, worse: 1, unchanged: 0, new: 1, dropped: 0 });
    expect(movedKpis(table, 1)).toEqual(['K1']);
    expect(trendChartRows(table, ['K3', 'K1'], (n) => `C${n}`)).toEqual([
      { label: 'C1', K1: 1, K3: null },
      { label: 'C2', K1: 1, K3: null },
      { label: 'C3', K1: 4, K3: 2 },
    ]);
  });
});
