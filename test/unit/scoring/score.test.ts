import { describe, expect, it } from 'vitest';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { scoreResultSchema } from '../../../core/scoring/score-result.ts';
import { resultsWith, tableOf, targetFor } from './fixtures.ts';

// Four Education KPIs with targets of 100 %: 20 % -> 1, 80 % -> 3, 100 % -> 4, 10 % -> 1 (the manual's example).
const education = tableOf([
  targetFor('SC.EH.ED.1C', 100),
  targetFor('SC.EH.ED.2C.PRIMARY', 100),
  targetFor('SC.EH.ED.2C.SECONDARY', 100),
  targetFor('SC.EH.ED.3C', 1000),
  targetFor('SC.EH.ED.4C', 100),
]);
const educationValues = {
  'SC.EH.ED.1C': 20,
  'SC.EH.ED.2C.PRIMARY': 80,
  'SC.EH.ED.2C.SECONDARY': 80,
  'SC.EH.ED.3C': 1000,
  'SC.EH.ED.4C': 10,
};

describe('scoreSubmission', () => {
  it("reproduces the manual's worked example: 1 + 3 + 4 + 1 = 9 of 16 = 56.25 %, band 33-66 %", () => {
    const score = scoreSubmission(resultsWith(educationValues), education);
    expect(score.kpis.map((k) => [k.kpiId, k.points])).toEqual([
      ['SC.EH.ED.1C', 1],
      ['SC.EH.ED.2C', 3],
      ['SC.EH.ED.3C', 4],
      ['SC.EH.ED.4C', 1],
    ]);
    const category = score.categories.find((c) => c.path === 'SC.EH.ED');
    expect(category).toMatchObject({ points: 9, maxPoints: 16, percentage: 56.25, scoredKpis: 4 });
    expect(category?.band?.label).toBe('33-66 %');
  });

  it('rolls the same points up to the sub-dimension and dimension', () => {
    const score = scoreSubmission(resultsWith(educationValues), education);
    expect(score.subDimensions.find((s) => s.path === 'SC.EH')).toMatchObject({ points: 9, maxPoints: 16 });
    expect(score.dimensions.find((d) => d.path === 'SC')).toMatchObject({ percentage: 56.25 });
    expect(score.dimensions.find((d) => d.path === 'EC')).toMatchObject({ percentage: null, band: null });
  });

  it('leaves out KPIs without a target and KPIs not reported, saying why', () => {
    const targets = tableOf([targetFor('SC.EH.ED.1C', 100), targetFor('SC.EH.ED.4C', 100)]);
    const score = scoreSubmission(resultsWith({ 'SC.EH.ED.1C': 100, 'SC.EH.ED.3C': 5000 }), targets);
    expect(score.kpis.map((k) => k.kpiId)).toEqual(['SC.EH.ED.1C']);
    expect(score.notScored).toContainEqual({ kpiId: 'SC.EH.ED.4C', reason: 'not_reported' });
    expect(score.notScored).toContainEqual({ kpiId: 'SC.EH.ED.3C', reason: 'no_target' });
    expect(score.categories.find((c) => c.path === 'SC.EH.ED')).toMatchObject({ points: 4, maxPoints: 4 });
  });

  it('scores a lower-is-better KPI by target / value', () => {
    const targets = tableOf([targetFor('EC.P.EM.1C', 5)]);
    const pointsAt = (value: number) =>
      scoreSubmission(resultsWith({ 'EC.P.EM.1C': value }), targets).kpis[0]?.points;
    expect([4, 5, 5.2, 7, 10, 15.2, 20, 0].map(pointsAt)).toEqual([4, 4, 4, 3, 2, 1, 1, 4]);
  });

  it('scores a KPI with several data points by the mean of their points', () => {
    const targets = tableOf([targetFor('EC.ICT.ICT.4C.3G', 100), targetFor('EC.ICT.ICT.4C.4G', 100)]);
    const score = scoreSubmission(resultsWith({ 'EC.ICT.ICT.4C.3G': 99, 'EC.ICT.ICT.4C.4G': 50 }), targets);
    expect(score.kpis).toEqual([
      {
        kpiId: 'EC.ICT.ICT.4C',
        points: 3,
        scoredDataPoints: 2,
        band: { points: 3, label: '66-95 %' },
        illustrative: true,
      },
    ]);
  });

  it('records the targets version and produces a result the stored schema accepts', () => {
    const score = scoreSubmission(resultsWith({ 'EC.ICT.ICT.1C': 0, 'SC.SH.SI.2C': 0 }), defaultTargets);
    expect(score.targetsVersion).toBe(defaultTargets.version);
    expect(scoreResultSchema.parse(JSON.parse(JSON.stringify(score)))).toEqual(score);
    expect(score.categories).toHaveLength(27);
    expect(score.subDimensions).toHaveLength(7);
    expect(score.dimensions).toHaveLength(3);
  });
});
