// A city's two cycles compared: change per data point, movement by the KPI's desirable direction, band per KPI.
import { describe, expect, it } from 'vitest';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { compareCycles } from '../../../core/scoring/trends.ts';
import { resultsWith, tableOf, targetFor } from './fixtures.ts';

// EC.ICT.ICT.1C: households with Internet access (higher is better); EN.EN.AQ.1C.PM25: PM2.5 (lower is better).
const targets = tableOf([
  targetFor('EC.ICT.ICT.1C', 100),
  targetFor('EN.EN.AQ.1C.PM25', 5),
  targetFor('SC.EH.ED.1C', 100),
]);

describe('comparing two cycles of a city', () => {
  it('calls a fall of PM2.5 better and a fall of Internet access worse, with each change and band', () => {
    const first = scoreSubmission(
      resultsWith({ 'EC.ICT.ICT.1C': 90, 'EN.EN.AQ.1C.PM25': 20 }, 'pfirst'),
      targets,
    );
    const second = scoreSubmission(
      resultsWith({ 'EC.ICT.ICT.1C': 60, 'EN.EN.AQ.1C.PM25': 6, 'SC.EH.ED.1C': 99 }, 'psecond'),
      targets,
    );

    const trend = compareCycles(first, second);

    expect(trend.dataPoints).toEqual(
      expect.arrayContaining([
        {
          dataPointId: 'EC.ICT.ICT.1C',
          kpiId: 'EC.ICT.ICT.1C',
          before: 90,
          after: 60,
          change: -30,
          movement: 'worse',
        },
        expect.objectContaining({ dataPointId: 'EN.EN.AQ.1C.PM25', change: -14, movement: 'better' }),
        expect.objectContaining({ dataPointId: 'SC.EH.ED.1C', before: null, movement: 'new' }),
      ]),
    );
    const internet = trend.kpis.find((k) => k.kpiId === 'EC.ICT.ICT.1C')!;
    expect([internet.bandBefore?.label, internet.bandAfter?.label, internet.movement]).toEqual([
      '66-95 %',
      '33-66 %',
      'worse',
    ]);
  });

  it('refuses to compare scores made against different targets versions', () => {
    const first = scoreSubmission(resultsWith({ 'EC.ICT.ICT.1C': 90 }), targets);
    const second = scoreSubmission(resultsWith({ 'EC.ICT.ICT.1C': 90 }), { ...targets, version: 2 });

    expect(() => compareCycles(first, second)).toThrow(/one targets version/);
  });
});
