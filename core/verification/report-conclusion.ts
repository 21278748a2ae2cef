// Turns the verifier's submitted conclusion and data point reviews into the per-KPI conclusion the report prints.

import type { GuidanceSection } from '../guidance/proposals.ts';
import { allDataPoints } from '../kpis/catalogue.ts';
import type { EventData } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { verifiedByReviews } from './audit-rule.ts';
import {
  type GuidanceItem,
  type VerificationConclusion,
  verificationConclusionSchema,
} from './conclusion.ts';

/**
 * A KPI counts as verified when the verifier said so in the audit results, or, where the audit results are silent,
 * when every one of its data points was reviewed and accepted.
 */
export function conclusionForReport(
  submitted: EventData<'ConclusionSubmitted'>,
  pilot: Pilot,
): VerificationConclusion {
  const reviews = pilot.verification?.reviews ?? {};
  const stated = new Map(submitted.auditResults.map((a) => [a.kpiId, a]));
  const kpiIds = [...new Set(allDataPoints().map((p) => p.kpiId))];
  const perKpi = kpiIds.map((kpiId) => {
    const audit = stated.get(kpiId);
    if (audit) return { kpiId, verified: audit.verified, note: audit.note };
    const points = allDataPoints().filter((p) => p.kpiId === kpiId);
    const verified = verifiedByReviews(
      reviews,
      points.map((p) => p.id),
    );
    const notes = points.map((p) => reviews[p.id]?.note).filter((n): n is string => !!n);
    return { kpiId, verified, note: notes.length ? notes.join('; ') : undefined };
  });
  return verificationConclusionSchema.parse({
    auditSummary: submitted.summary,
    perKpi,
    ...guidanceOf(submitted),
  });
}

/** A conclusion before decision 0047 kept free text in one language: it prints in both, as it did then. */
const legacy = (lines: readonly string[] = []): GuidanceItem[] =>
  lines.map((line) => ({ text: { en: line, zh: line }, kpiIds: [] }));

/** The kept proposals by report section, and the verifier's advice as the next steps. */
export function guidanceOf(
  submitted: Pick<
    EventData<'ConclusionSubmitted'>,
    'proposals' | 'advice' | 'policyRecommendations' | 'improvementOpportunities' | 'nextSteps'
  >,
): Pick<VerificationConclusion, GuidanceSection | 'nextSteps'> {
  const kept = (section: GuidanceSection): GuidanceItem[] =>
    submitted.proposals.flatMap((p) =>
      p.decision !== 'dropped' && p.section === section
        ? [{ text: p.text, kpiIds: p.kpiIds, ...(p.caseStudy ? { caseStudy: p.caseStudy } : {}) }]
        : [],
    );
  return {
    policyRecommendations: [...legacy(submitted.policyRecommendations), ...kept('policyRecommendations')],
    improvementOpportunities: [
      ...legacy(submitted.improvementOpportunities),
      ...kept('improvementOpportunities'),
    ],
    nextSteps: [...legacy(submitted.nextSteps), ...submitted.advice.map((text) => ({ text, kpiIds: [] }))],
  };
}
