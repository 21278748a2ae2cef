// Property: a better value never lowers a score, at the data point, KPI and category level.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { performancePercentage } from '../../../core/scoring/bands.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreDataPoint, scoreSubmission } from '../../../core/scoring/score.ts';
import { resultsWith } from './fixtures.ts';

const value = fc.double({ min: 0, max: 1e6, noNaN: true });
const target = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
const point = (direction: 'higher' | 'lower' | 'target') => ({ dataPointId: 'x', kpiId: 'x', direction });

/** Orders two values so that `better` is at least as good as `worse` for the direction. */
function betterOf(direction: 'higher' | 'lower' | 'target', a: number, b: number, t: number) {
  const distance = (v: number) => Math.abs(Math.log((v + 1e-12) / t));
  const aBetter =
    direction === 'higher' ? a >= b : direction === 'lower' ? a <= b : distance(a) <= distance(b);
  return aBetter ? { better: a, worse: b } : { better: b, worse: a };
}

describe('scores are monotonic in performance', () => {
  it.each(['higher', 'lower'] as const)(
    'a better value never scores fewer points (%s is better)',
    (direction) => {
      fc.assert(
        fc.property(value, value, target, (a, b, t) => {
          const { better, worse } = betterOf(direction, a, b, t);
          const betterScore = scoreDataPoint(point(direction), better, t);
          const worseScore = scoreDataPoint(point(direction), worse, t);
          expect(betterScore.percentage).toBeGreaterThanOrEqual(worseScore.percentage);
          expect(betterScore.band.points).toBeGreaterThanOrEqual(worseScore.band.points);
        }),
      );
    },
  );

  it('for a level target, a value on the same side and nearer the target never scores less', () => {
    fc.assert(
      fc.property(value, value, target, fc.boolean(), (a, b, t, above) => {
        const [near, far] = above
          ? [t + Math.min(a, b), t + Math.max(a, b)]
          : [t * (1 - Math.min(a, b) / 1e6), t * (1 - Math.max(a, b) / 1e6)];
        expect(performancePercentage(near, t, 'target')).toBeGreaterThanOrEqual(
          performancePercentage(far, t, 'target'),
        );
      }),
    );
  });

  it('improving one data point of a submission never lowers any KPI or aggregate score', () => {
    const scorable = allDataPoints().filter((p) =>
      defaultTargets.entries.some((e) => e.dataPointId === p.id),
    );
    const pointArb = fc.constantFrom(...scorable);
    const valuesArb = fc.dictionary(fc.constantFrom(...scorable.map((p) => p.id)), value, { maxKeys: 40 });
    fc.assert(
      fc.property(valuesArb, pointArb, value, value, (values, p, a, b) => {
        const t = defaultTargets.entries.find((e) => e.dataPointId === p.id)!.target;
        const { better, worse } = betterOf(p.direction, a, b, t);
        const before = scoreSubmission(resultsWith({ ...values, [p.id]: worse }), defaultTargets);
        const after = scoreSubmission(resultsWith({ ...values, [p.id]: better }), defaultTargets);
        const kpiBefore = before.kpis.find((k) => k.kpiId === p.kpiId)!;
        const kpiAfter = after.kpis.find((k) => k.kpiId === p.kpiId)!;
        expect(kpiAfter.points).toBeGreaterThanOrEqual(kpiBefore.points);
        for (const level of ['categories', 'subDimensions', 'dimensions'] as const) {
          after[level].forEach((node, i) => {
            expect(node.percentage ?? 0).toBeGreaterThanOrEqual(before[level][i]!.percentage ?? 0);
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
