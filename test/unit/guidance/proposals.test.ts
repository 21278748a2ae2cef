import { describe, expect, it } from 'vitest';
import { deriveProposals } from '../../../core/guidance/proposals.ts';
import { allDataPoints, findKpi, kpiCatalogue } from '../../../core/kpis/catalogue.ts';
import type { MaturityAnswer, MaturityEntry } from '../../../core/maturity/answers.ts';
import { maturityProfile } from '../../../core/maturity/profile.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { resultsWith } from '../scoring/fixtures.ts';

const targetOf = new Map(defaultTargets.entries.map((e) => [e.dataPointId, e.target]));
/** Every data point at `share` of its target (direction-aware), with some left unreported. */
function valuesAt(share: (dataPointId: string) => number | null) {
  return Object.fromEntries(
    allDataPoints().map((p) => {
      const s = share(p.id);
      if (s === null) return [p.id, null];
      if (p.computation.kind === 'yesNo') return [p.id, 1];
      const target = targetOf.get(p.id) ?? 50;
      return [p.id, p.direction === 'lower' ? target / s : target * s];
    }),
  );
}
const WEAK = 'EN.EN.AQ';
const onTarget = valuesAt(() => 1);
const inputFor = (values: Record<string, number | null>) => {
  const results = resultsWith(values);
  return { results, score: scoreSubmission(results, defaultTargets) };
};
const level = (value: 1 | 2 | 3 | 4): MaturityAnswer => ({ kind: 'level', level: value });
const even = (at: 1 | 2 | 3 | 4): MaturityEntry[] =>
  [
    'strategy',
    'stakeholders',
    'governance',
    'funding',
    'valueAssessment',
    'businessModel',
    'ictInfrastructure',
    'services',
  ].map((id) => ({ characteristicId: id as never, answer: level(at) }));

describe('deriveProposals', () => {
  it('proposes nothing when every category is on target, every core KPI reported and no characteristic lags', () => {
    const proposals = deriveProposals({
      ...inputFor(onTarget),
      maturity: maturityProfile(even(3)),
      peers: { group: { en: 'peers', zh: '同类城市' }, medians: new Map([[WEAK, 50]]) },
    });
    expect(proposals).toEqual([]);
  });

  it('names a category below its target with its KPIs, in English and Chinese', () => {
    const values = valuesAt((id) => (id.startsWith(`${WEAK}.`) ? 0.2 : 1));
    const [proposal, ...rest] = deriveProposals(inputFor(values));
    expect(rest).toEqual([]);
    expect(proposal).toMatchObject({
      proposalId: `belowTarget:${WEAK}`,
      kind: 'belowTarget',
      section: 'policyRecommendations',
      category: WEAK,
    });
    expect(proposal!.kpiIds.length).toBeGreaterThan(0);
    expect(proposal!.kpiIds.every((id) => id.startsWith(`${WEAK}.`))).toBe(true);
    const category = findKpi(proposal!.kpiIds[0]!)!.category;
    expect(proposal!.text.en).toContain(category.nameEn);
    expect(proposal!.text.en).toContain('25 %');
    expect(proposal!.text.zh).toContain(category.nameZh);
    expect(proposal!.text.zh).toContain('25 %');
    expect(proposal!.text.zh).not.toContain(category.nameEn);
  });

  it('names a category below its peers’ median, and none without peers', () => {
    const values = valuesAt((id) => (id.startsWith(`${WEAK}.`) ? 0.8 : 1));
    const peers = { group: { en: 'the cities of Europe', zh: '欧洲的城市' }, medians: new Map([[WEAK, 90]]) };
    const proposals = deriveProposals({ ...inputFor(values), peers });
    expect(proposals.map((p) => p.proposalId)).toEqual([`belowPeers:${WEAK}`]);
    expect(proposals[0]!.section).toBe('improvementOpportunities');
    expect(proposals[0]!.text.en).toContain('the cities of Europe');
    expect(proposals[0]!.text.en).toContain('90 %');
    expect(proposals[0]!.text.zh).toContain('欧洲的城市');
    expect(deriveProposals(inputFor(values))).toEqual([]);
  });

  it('lists the unreported core KPIs of a category', () => {
    const core = kpiCatalogue.kpis.find((k) => k.tier === 'core' && k.id.startsWith('SC.EH.ED'))!;
    const values = valuesAt((id) => (core.dataPoints.some((p) => p.id === id) ? null : 1));
    const proposals = deriveProposals(inputFor(values));
    expect(proposals).toEqual([
      expect.objectContaining({
        proposalId: `unreportedCore:SC.EH.ED`,
        kind: 'unreportedCore',
        kpiIds: [core.id],
        section: 'improvementOpportunities',
      }),
    ]);
    expect(proposals[0]!.text.en).toContain(core.id);
    expect(proposals[0]!.text.en).toContain(core.category.nameEn);
    expect(proposals[0]!.text.zh).toContain(core.id);
    expect(proposals[0]!.text.zh).toContain(core.category.nameZh);
  });

  it('turns each maturity gap of two levels or more into a proposal, and not one level', () => {
    const entries = even(3).map((e) =>
      e.characteristicId === 'funding'
        ? { ...e, answer: level(1) }
        : e.characteristicId === 'governance'
          ? { ...e, answer: level(2) }
          : e,
    );
    const proposals = deriveProposals({ ...inputFor(onTarget), maturity: maturityProfile(entries) });
    expect(proposals.map((p) => p.proposalId)).toEqual(['maturityGap:funding']);
    expect(proposals[0]).toMatchObject({ kind: 'maturityGap', characteristic: 'funding', kpiIds: [] });
    expect(proposals[0]!.text.en).toMatch(/^Funding lags .* by 2 maturity levels/);
    expect(proposals[0]!.text.zh).toMatch(/^资金/);
  });
});
