import { describe, expect, it } from 'vitest';
import { kpiCatalogue } from '../../../core/kpis/catalogue.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { resultsWith, tableOf, targetFor } from './fixtures.ts';

// The manual's Education example: 1 + 3 + 4 + 1 points when all four KPIs count.
const education = tableOf([
  targetFor('SC.EH.ED.1C', 100),
  targetFor('SC.EH.ED.2C.PRIMARY', 100),
  targetFor('SC.EH.ED.2C.SECONDARY', 100),
  targetFor('SC.EH.ED.3C', 1000),
  targetFor('SC.EH.ED.4C', 100),
]);
const values = {
  'SC.EH.ED.1C': 20,
  'SC.EH.ED.2C.PRIMARY': 80,
  'SC.EH.ED.2C.SECONDARY': 80,
  'SC.EH.ED.3C': 1000,
  'SC.EH.ED.4C': 10,
};
/** Every KPI verified, except those given. */
const verdictsExcept = (unverified: Record<string, string>) =>
  new Map(
    kpiCatalogue.kpis.map((k) => [
      k.id,
      k.id in unverified ? { verified: false, note: unverified[k.id] } : { verified: true },
    ]),
  );

describe('scoring a verified dataset', () => {
  it('leaves a KPI the verifier did not verify out of the score, with the reason, and recomputes the category', () => {
    const score = scoreSubmission(
      resultsWith(values),
      education,
      verdictsExcept({ 'SC.EH.ED.3C': 'The enrolment register was not produced' }),
    );

    expect(score.kpis.map((k) => k.kpiId)).toEqual(['SC.EH.ED.1C', 'SC.EH.ED.2C', 'SC.EH.ED.4C']);
    expect(score.dataPoints.map((p) => p.dataPointId)).not.toContain('SC.EH.ED.3C');
    expect(score.notScored).toContainEqual({
      kpiId: 'SC.EH.ED.3C',
      reason: 'not_verified',
      note: 'The enrolment register was not produced',
    });
    expect(score.categories.find((c) => c.path === 'SC.EH.ED')).toMatchObject({
      points: 5,
      maxPoints: 12,
      scoredKpis: 3,
    });
  });

  it('scores nothing of a dataset none of whose KPIs was verified', () => {
    const score = scoreSubmission(
      resultsWith(values),
      education,
      new Map(kpiCatalogue.kpis.map((k) => [k.id, { verified: false }])),
    );

    expect(score.kpis).toEqual([]);
    expect(score.dimensions.every((d) => d.percentage === null)).toBe(true);
  });

  it('scores every reported KPI when no verdicts are given (a score before verification)', () => {
    expect(scoreSubmission(resultsWith(values), education).kpis).toHaveLength(4);
  });
});
