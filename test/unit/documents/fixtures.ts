// A realistic document input: a verified pilot, values for most data points, the verifier's reviews (one data point
// rejected, three refused for one shared reason, an audit override), scores of what was verified and the conclusion.

import type { Language } from '../../../core/documents/locale.ts';
import type { ReportInput, VerificationRecord } from '../../../core/documents/report-model.ts';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { emptyVerification, type VerificationView } from '../../../core/lifecycle/verification-schemas.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { kpiVerdicts } from '../../../core/scoring/verdicts.ts';
import { conclusionForReport } from '../../../core/verification/report-conclusion.ts';
import { pilotIn } from '../../support/pilots.ts';
import { resultsWith } from '../scoring/fixtures.ts';

export const issuedAt = new Date('2026-06-15T10:00:00.000Z');

/** Data points the verifier did not accept, with the reason given on each. */
export const refused = {
  rejected: {
    id: 'EN.EN.AQ.1C.NO2',
    note: 'The monitoring station moved in 2024; the series is not comparable',
  },
  shared: {
    ids: ['EC.ICT.ICT.4C.3G', 'EC.ICT.ICT.4C.4G', 'EC.ICT.ICT.4C.5G'],
    note: 'Operator coverage maps were not provided',
  },
  /** An audit result that overrides accepted reviews. */
  override: { kpiId: 'SC.EH.ED.1C', note: 'The enrolment register was not produced at the interview' },
};

/** Every 7th data point is left unreported; the rest land at varied shares of their target (or of 50). */
function sampleValues(): Record<string, number | null> {
  const targetOf = new Map(defaultTargets.entries.map((e) => [e.dataPointId, e.target]));
  const shares = [0.2, 0.5, 0.8, 1, 1.1, 0.9, 0.4];
  const keep = new Set([refused.rejected.id, ...refused.shared.ids, 'SC.EH.ED.1C', 'EC.ICT.ICT.3C.FIXEDWL']);
  return Object.fromEntries(
    allDataPoints().map((p, i) => {
      if (i % 7 === 3 && !keep.has(p.id)) return [p.id, null];
      if (p.computation.kind === 'yesNo') return [p.id, i % 2];
      const target = targetOf.get(p.id) ?? 50;
      const share = shares[i % shares.length]!;
      return [p.id, Math.round((p.direction === 'lower' ? target / share : target * share) * 100) / 100];
    }),
  );
}

export const results = {
  ...resultsWith(sampleValues(), 'paurora0001'),
  results: resultsWith(sampleValues(), 'paurora0001').results.map((r) =>
    r.value === null ? { ...r, cityReason: 'No municipal source for this data yet' } : r,
  ),
};

const review = (status: 'accepted' | 'rejected' | 'not_verified', note?: string) => ({
  status,
  note,
  at: '2026-05-20T09:00:00.000Z',
  by: 'verifier',
});

const verification: VerificationView = {
  ...emptyVerification(),
  reviews: {
    ...Object.fromEntries(results.results.map((r) => [r.dataPointId, review('accepted')])),
    [refused.rejected.id]: review('rejected', refused.rejected.note),
    ...Object.fromEntries(refused.shared.ids.map((id) => [id, review('not_verified', refused.shared.note)])),
  },
  queries: [
    {
      queryId: 'q1',
      dataPointId: 'EN.EN.WS.2C.TOTAL',
      question: 'Does the total include industrial consumption?',
      raisedAt: '2026-05-10T09:00:00.000Z',
      dueAt: '2026-05-24T09:00:00.000Z',
      status: 'closed',
      answers: 1,
    },
  ],
  interviews: 1,
};

export const pilot = pilotIn('verified', {
  cityName: 'Aurora',
  country: 'Utopia',
  verificationMode: 'onsite',
  verification,
});

export const record: VerificationRecord = {
  verifier: 'Dr Vera Fication',
  supervisor: 'Sam Supervisor',
  interviews: [
    {
      date: '2026-05-12',
      mode: 'onsite',
      attendees: ['Water utility', 'Statistics office'],
      topics: ['Water meters', 'Population register'],
    },
  ],
};

export const conclusion = conclusionForReport(
  {
    summary:
      'The verifier interviewed six departments on site and traced each reported value to its source. ' +
      'Water, energy and transport data are well documented; social inclusion data rely on estimates.',
    datasetVersion: 1,
    datasetHash: 'h',
    auditResults: [
      { kpiId: refused.override.kpiId, reported: true, verified: false, note: refused.override.note },
      {
        kpiId: 'EC.ICT.ICT.1C',
        reported: true,
        verified: true,
        note: 'Checked against the operator register',
      },
    ],
    proposals: [
      {
        proposalId: 'belowTarget:EN.EN.WS',
        decision: 'edited',
        kind: 'belowTarget',
        section: 'policyRecommendations',
        kpiIds: ['EN.EN.WS.1C', 'EN.EN.WS.2C'],
        text: { en: 'Publish the open data inventory quarterly', zh: '每季度发布开放数据清单' },
        caseStudy: { pilotId: 'pborealis01', number: 7, title: 'Smart water meters', cityName: 'Borealis' },
      },
      { proposalId: 'belowPeers:EC.ICT.ICT', decision: 'dropped', kind: 'belowPeers' },
      {
        proposalId: 'own-1',
        decision: 'written',
        section: 'improvementOpportunities',
        kpiIds: [],
        text: { en: 'Install smart water meters in the northern districts', zh: '在北部城区安装智能水表' },
      },
    ],
    advice: [
      { en: 'Share the report with the city council', zh: '与市议会分享本报告' },
      { en: 'Repeat the assessment in 2028', zh: '于 2028 年再次评估' },
    ],
  },
  pilot,
);

export const verdicts = kpiVerdicts(conclusion.perKpi, verification.reviews);
export const score = scoreSubmission(results, defaultTargets, verdicts);

export function reportInput(language: Language): ReportInput {
  return { pilot, results, score, targets: defaultTargets, conclusion, record, issuedAt, language };
}

export const initiatives = [
  'Aurora Open Data portal with 420 datasets',
  'Smart street lighting on 60 % of roads',
  'Citywide bicycle sharing with 3 000 bicycles',
];
