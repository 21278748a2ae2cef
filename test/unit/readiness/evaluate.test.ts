import { describe, expect, it } from 'vitest';
import { allDataPoints, kpiCatalogue } from '../../../core/kpis/catalogue.ts';
import { evaluateReadiness, type ReadinessFacts } from '../../../core/readiness/evaluate.ts';
import { defaultReadinessRules, readinessRulesSchema } from '../../../core/readiness/rules.ts';
import { everythingReported } from '../../support/readiness.ts';
import { resultsWith } from '../scoring/fixtures.ts';

const allKpis = new Set(kpiCatalogue.kpis.map((k) => k.id));
const ready: ReadinessFacts = {
  stage: 'reported',
  results: everythingReported().results,
  verifiedKpiIds: allKpis,
  openQueryIds: [],
};
const checkOf = (facts: ReadinessFacts, kind: string) =>
  evaluateReadiness(defaultReadinessRules, facts).checks.find((c) => c.kind === kind);

describe('certification readiness under the shipped rules', () => {
  it('is met by a fully reported, fully verified, approved pilot', () => {
    const readiness = evaluateReadiness(defaultReadinessRules, ready);

    expect(readiness).toMatchObject({ rulesVersion: 1, ready: true });
    expect(readiness.checks.map((c) => c.kind)).toEqual(defaultReadinessRules.rules.map((r) => r.kind));
  });

  it('is never met by a dataset that reports nothing, even with every gap explained', () => {
    const nothing = resultsWith({}).results.map((r) => ({ ...r, cityReason: 'Not collected by the city' }));

    const readiness = evaluateReadiness(defaultReadinessRules, { ...ready, results: nothing });

    expect(readiness.ready).toBe(false);
    expect(checkOf({ ...ready, results: nothing }, 'reported_data_points')).toMatchObject({
      met: false,
      message: { en: 'At least 1 data point(s) reported: the dataset reports 0.' },
    });
    expect(checkOf({ ...ready, results: nothing }, 'unreported_explained')?.met).toBe(true);
  });

  it('is not met before any submission was validated', () => {
    const check = checkOf({ ...ready, results: undefined }, 'reported_data_points');

    expect(check?.met).toBe(false);
    expect(check?.message.en).toContain('no submission has been validated yet');
  });

  it('names the dimension whose core KPIs are short of half reported and verified', () => {
    const environmentCore = kpiCatalogue.kpis.filter((k) => k.tier === 'core' && k.dimension.code === 'EN');
    const rejected = new Set(
      environmentCore.slice(0, Math.floor(environmentCore.length / 2) + 1).map((k) => k.id),
    );
    const verified = new Set([...allKpis].filter((id) => !rejected.has(id)));

    const check = checkOf({ ...ready, verifiedKpiIds: verified }, 'core_kpis_verified_per_dimension');

    expect(check?.met).toBe(false);
    const environment = check?.dimensions?.find((d) => d.dimension === 'EN');
    expect(environment).toMatchObject({ total: environmentCore.length });
    expect(check?.message.en).toContain(`(${environment?.verified} of ${environmentCore.length})`);
    expect(check?.dimensions?.filter((d) => d.verified === d.total).map((d) => d.dimension)).toEqual([
      'EC',
      'SC',
    ]);
  });

  it('counts a core KPI only when every one of its data points is reported', () => {
    const split = kpiCatalogue.kpis.find((k) => k.tier === 'core' && k.dataPoints.length > 1);
    const results = everythingReported().results.map((r) =>
      r.dataPointId === split?.dataPoints[0]?.id ? { ...r, status: 'not_reported' as const, value: null } : r,
    );

    const check = checkOf({ ...ready, results }, 'core_kpis_verified_per_dimension');

    const dimension = check?.dimensions?.find((d) => d.dimension === split?.dimension.code);
    expect(dimension && dimension.total - dimension.verified).toBe(1);
  });

  it('lists the unreported data points that lack the city reason', () => {
    const [first, second] = allDataPoints();
    const results = everythingReported().results.map((r) =>
      r.dataPointId === first?.id
        ? { ...r, status: 'not_reported' as const, value: null }
        : r.dataPointId === second?.id
          ? { ...r, status: 'not_reported' as const, value: null, cityReason: 'No survey in 2025' }
          : r,
    );

    expect(checkOf({ ...ready, results }, 'unreported_explained')).toMatchObject({
      met: false,
      dataPointIds: [first?.id],
    });
  });

  it('asks only the core KPIs for reasons when the rule is scoped to them', () => {
    const advanced = everythingReported().results.find((r) => r.tier === 'advanced');
    const results = everythingReported().results.map((r) =>
      r === advanced ? { ...r, status: 'not_reported' as const, value: null } : r,
    );
    const rules = {
      ...defaultReadinessRules,
      rules: defaultReadinessRules.rules.map((r) =>
        r.kind === 'unreported_explained' ? { ...r, scope: 'core' as const } : r,
      ),
    };

    expect(evaluateReadiness(rules, { ...ready, results }).ready).toBe(true);
  });

  it('waits for every open query and for the approved conclusion', () => {
    const facts = { ...ready, stage: 'in_verification' as const, openQueryIds: ['q1'] };

    expect(checkOf(facts, 'no_open_query')).toMatchObject({ met: false, queryIds: ['q1'] });
    expect(checkOf(facts, 'conclusion_approved')?.met).toBe(false);
  });
});

describe('a readiness rules table', () => {
  const withRules = (rules: unknown) => readinessRulesSchema.safeParse({ ...defaultReadinessRules, rules });

  it('keeps the reported-data-point floor and the approved conclusion in every version', () => {
    const dropped = withRules(defaultReadinessRules.rules.filter((r) => r.kind !== 'conclusion_approved'));

    expect(dropped.success).toBe(false);
    expect(dropped.error?.issues[0]?.message).toBe(
      'The rule conclusion_approved is required in every version',
    );
  });

  it('refuses a floor of zero data points, a share above one and a rule listed twice', () => {
    const zero = defaultReadinessRules.rules.map((r) =>
      r.kind === 'reported_data_points' ? { ...r, min: 0 } : r,
    );
    const share = [
      ...defaultReadinessRules.rules,
      { kind: 'core_kpis_verified_per_dimension', minShare: 1.5 },
    ];
    const twice = [...defaultReadinessRules.rules, { kind: 'no_open_query' }];

    expect([withRules(zero), withRules(share), withRules(twice)].map((r) => r.success)).toEqual([
      false,
      false,
      false,
    ]);
    expect(withRules(twice).error?.issues[0]?.message).toBe(
      'The rule no_open_query is listed more than once',
    );
  });
});
