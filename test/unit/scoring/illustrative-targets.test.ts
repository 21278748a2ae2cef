import { describe, expect, it } from 'vitest';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { scoreResultSchema } from '../../../core/scoring/score-result.ts';
import { diffTargets, validateTargets } from '../../../core/scoring/targets.ts';
import { resultsWith, tableOf, targetFor } from './fixtures.ts';

// Household Internet Access has a sourced target; Fixed Broadband an illustrative one; both in EC.ICT.ICT.
const targets = tableOf([targetFor('EC.ICT.ICT.1C', 100, false), targetFor('EC.ICT.ICT.2C', 100, true)]);
const values = resultsWith({ 'EC.ICT.ICT.1C': 100, 'EC.ICT.ICT.2C': 20 });

describe('scores on illustrative targets', () => {
  it('marks the data point, its KPI and every aggregate above it that rests on an illustrative target', () => {
    const score = scoreSubmission(values, targets);
    expect(score.dataPoints.map((p) => [p.dataPointId, p.illustrative])).toEqual([
      ['EC.ICT.ICT.1C', false],
      ['EC.ICT.ICT.2C', true],
    ]);
    expect(score.kpis.map((k) => k.illustrative)).toEqual([false, true]);
    expect(score.categories.find((c) => c.path === 'EC.ICT.ICT')).toMatchObject({
      scoredKpis: 2,
      illustrativeKpis: 1,
    });
    expect(score.dimensions.find((d) => d.path === 'EC')!.illustrativeKpis).toBe(1);
  });

  it('leaves a KPI with only illustrative targets unbenchmarked (N/A) when the table says so', () => {
    const score = scoreSubmission(values, { ...targets, illustrativeTargets: 'unbenchmarked' });
    expect(score.kpis.map((k) => k.kpiId)).toEqual(['EC.ICT.ICT.1C']);
    expect(score.notScored).toContainEqual({ kpiId: 'EC.ICT.ICT.2C', reason: 'not_benchmarked' });
    expect(score.categories.find((c) => c.path === 'EC.ICT.ICT')).toMatchObject({
      points: 4,
      maxPoints: 4,
      illustrativeKpis: 0,
    });
  });

  it('reads a score stored before the flags as resting on sourced targets', () => {
    const stored = JSON.parse(JSON.stringify(scoreSubmission(values, targets)));
    for (const p of stored.dataPoints) delete p.illustrative;
    for (const c of stored.categories) delete c.illustrativeKpis;
    const read = scoreResultSchema.parse(stored);
    expect(read.dataPoints.every((p) => p.illustrative === false)).toBe(true);
    expect(read.categories.every((c) => c.illustrativeKpis === 0)).toBe(true);
  });
});

describe('the targets table option for illustrative targets', () => {
  it('accepts score and unbenchmarked, and an absent option', () => {
    expect(validateTargets({ ...targets, illustrativeTargets: 'unbenchmarked' }).ok).toBe(true);
    expect(validateTargets({ ...targets, illustrativeTargets: 'score' }).ok).toBe(true);
    expect(validateTargets(defaultTargets).ok).toBe(true);
  });

  it('refuses an unknown option and a table that would leave everything unbenchmarked', () => {
    const unknown = validateTargets({ ...targets, illustrativeTargets: 'ignore' });
    expect(!unknown.ok && unknown.issues[0]).toMatch(/^illustrativeTargets: /);
    const onlyIllustrative = tableOf([targetFor('EC.ICT.ICT.2C', 100, true)]);
    const nothing = validateTargets({ ...onlyIllustrative, illustrativeTargets: 'unbenchmarked' });
    expect(!nothing.ok && nothing.issues).toEqual([
      'illustrativeTargets: "unbenchmarked" needs at least one sourced target, or nothing is scored',
    ]);
  });

  it('shows a change of the option in the diff between versions', () => {
    const after = { ...tableOf(targets.entries, 2), illustrativeTargets: 'unbenchmarked' as const };
    expect(diffTargets(targets, after).illustrativeTargets).toEqual({
      before: undefined,
      after: 'unbenchmarked',
    });
    expect(diffTargets(targets, tableOf(targets.entries, 2)).illustrativeTargets).toBeUndefined();
  });

  it('leaves the shipped defaults scoring against their 85 illustrative targets, each labelled', () => {
    expect(defaultTargets.illustrativeTargets).toBeUndefined();
    expect(defaultTargets.entries.filter((e) => e.illustrative)).toHaveLength(85);
  });
});
