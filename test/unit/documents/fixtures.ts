// A realistic document input: a verified pilot, values for most data points, scores and a verifier's conclusion.

import type { Language } from '../../../core/documents/locale.ts';
import type { ReportInput } from '../../../core/documents/report-model.ts';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import type { VerificationConclusion } from '../../../core/verification/conclusion.ts';
import { pilotIn } from '../../support/pilots.ts';
import { resultsWith } from '../scoring/fixtures.ts';

export const pilot = pilotIn('verified', { cityName: 'Aurora', country: 'Utopia' });
export const issuedAt = new Date('2026-06-15T10:00:00.000Z');

/** Every 7th data point is left unreported; the rest land at varied shares of their target (or of 50). */
function sampleValues(): Record<string, number | null> {
  const targetOf = new Map(defaultTargets.entries.map((e) => [e.dataPointId, e.target]));
  const shares = [0.2, 0.5, 0.8, 1, 1.1, 0.9, 0.4];
  return Object.fromEntries(
    allDataPoints().map((p, i) => {
      if (i % 7 === 3) return [p.id, null];
      if (p.computation.kind === 'yesNo') return [p.id, i % 2];
      const target = targetOf.get(p.id) ?? 50;
      const share = shares[i % shares.length]!;
      return [p.id, Math.round((p.direction === 'lower' ? target / share : target * share) * 100) / 100];
    }),
  );
}

export const results = {
  ...resultsWith(sampleValues(), pilot.pilotId),
  results: resultsWith(sampleValues(), pilot.pilotId).results.map((r) =>
    r.value === null ? { ...r, cityReason: 'No municipal source for this data yet' } : r,
  ),
};
export const score = scoreSubmission(results, defaultTargets);

export const conclusion: VerificationConclusion = {
  auditSummary:
    'The verifier interviewed six departments on site and traced each reported value to its source. ' +
    'Water, energy and transport data are well documented; social inclusion data rely on estimates.',
  perKpi: score.kpis.map((k, i) => ({
    kpiId: k.kpiId,
    verified: i % 9 !== 4,
    note:
      i % 9 === 4
        ? 'Source document not provided'
        : i === 0
          ? 'Checked against the operator register'
          : undefined,
  })),
  policyRecommendations: ['Publish the open data inventory quarterly', 'Adopt a citywide resilience plan'],
  improvementOpportunities: ['Install smart water meters in the northern districts'],
  nextSteps: ['Share the report with the city council', 'Repeat the assessment in 2028'],
};

export function reportInput(language: Language): ReportInput {
  return { pilot, results, score, targets: defaultTargets, conclusion, issuedAt, language };
}

export const initiatives = [
  'Aurora Open Data portal with 420 datasets',
  'Smart street lighting on 60 % of roads',
  'Citywide bicycle sharing with 3 000 bicycles',
];
