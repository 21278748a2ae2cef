// The verifier's conclusion on a dataset: the audit summary, the per-KPI verification status and the advice.
import * as z from 'zod';
import { bilingualTextSchema } from '../guidance/bilingual-text.ts';
import { caseStudyLinkSchema } from '../guidance/proposals.ts';
import { findKpi } from '../kpis/catalogue.ts';

/** One item of guidance as the report prints it: its text in each language, the KPIs it concerns, a peer's case study. */
export const guidanceItemSchema = z.object({
  text: bilingualTextSchema,
  kpiIds: z.array(z.string()),
  caseStudy: caseStudyLinkSchema.optional(),
});
export type GuidanceItem = z.infer<typeof guidanceItemSchema>;
const advice = z.array(guidanceItemSchema).max(100);

export const verificationConclusionSchema = z.object({
  auditSummary: z.string().trim().min(1).max(20_000),
  /**
   * The verifier's decision per KPI. A reported KPI without an entry counts as not verified, so a report never
   * claims more than the verifier stated.
   */
  perKpi: z
    .array(
      z.object({
        kpiId: z.string().refine((id) => findKpi(id)?.id === id, 'not a KPI id of the catalogue'),
        verified: z.boolean(),
        note: z.string().trim().max(2000).optional(),
      }),
    )
    .refine(
      (entries) => new Set(entries.map((e) => e.kpiId)).size === entries.length,
      'a KPI is listed twice',
    ),
  policyRecommendations: advice,
  improvementOpportunities: advice,
  nextSteps: advice,
});
export type VerificationConclusion = z.infer<typeof verificationConclusionSchema>;
export type KpiVerification = VerificationConclusion['perKpi'][number];
