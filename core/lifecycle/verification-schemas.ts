// Verification vocabulary: review statuses, queries, interviews and the verifier's conclusion. What a person sends is
// a strict object: a field the schema does not name is refused, not dropped (stored events carry exactly these).
import * as z from 'zod';
import { bilingualTextSchema } from '../guidance/bilingual-text.ts';
import { caseStudyLinkSchema, guidanceSectionSchema, proposalKindSchema } from '../guidance/proposals.ts';
import { dataPointIdSchema, kpiIdSchema } from '../kpis/schema.ts';
import { undertakingInputSchema, undertakingSchema } from './terms.ts';

export const reviewStatusSchema = z.enum(['accepted', 'accepted_with_note', 'not_verified', 'rejected']);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
/** What a data point shows in the review grid: a decision, an open query, or nothing yet. */
export type DataPointReviewState = ReviewStatus | 'query' | 'pending';

export const reviewItemSchema = z
  .strictObject({
    dataPointId: dataPointIdSchema,
    status: reviewStatusSchema,
    note: z.string().trim().max(2000).optional(),
  })
  .refine((item) => item.status === 'accepted' || (item.note?.length ?? 0) >= 3, {
    message: 'Give a note of at least 3 characters for any status other than accepted',
    path: ['note'],
  });
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const declarationSchema = z.strictObject({
  noConflictOfInterest: z.literal(
    true,
    'Declare that you have no conflict of interest, or decline the assignment',
  ),
  statement: z.string().trim().min(10, 'Write the declaration in at least 10 characters').max(2000),
  /** The confidentiality undertaking signed with it; absent on acceptances from before it was asked for. */
  confidentiality: undertakingSchema.optional(),
});

/** What a verifier accepting an appointment declares now: independence and the undertaking in force. */
export const declarationInputSchema = declarationSchema.extend({ confidentiality: undertakingInputSchema });

export const evidenceRefSchema = z.object({ uploadId: z.string(), key: z.string(), fileName: z.string() });
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

export const interviewSchema = z.strictObject({
  date: z.iso.date(),
  mode: z.enum(['onsite', 'remote']),
  attendees: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
  topics: z.array(z.string().trim().min(1).max(500)).min(1).max(50),
  kpiIds: z.array(kpiIdSchema).max(91).default([]),
  notes: z.string().trim().max(10_000).default(''),
  /** Files the verifier attached (minutes, photos), each checked on arrival; see core/use-cases/interviews.ts. */
  attachments: z.array(evidenceRefSchema).max(20).default([]),
});

export const auditResultSchema = z.strictObject({
  kpiId: kpiIdSchema,
  reported: z.boolean(),
  verified: z.boolean(),
  note: z.string().trim().max(2000).optional(),
});

/** One kept text of the verifier's, written (or confirmed) in each language: neither is the other pasted in. */
const guidanceText = (language: string) =>
  z
    .string({ error: `Write the ${language} text of each kept proposal and piece of advice` })
    .trim()
    .min(1, `Write the ${language} text of each kept proposal and piece of advice`)
    .max(2000);
export const bilingualAdviceSchema = z
  .strictObject({ en: guidanceText('English'), zh: guidanceText('Chinese') })
  .refine((text) => text.en !== text.zh, {
    error: 'The Chinese text repeats the English: write it in Chinese',
    path: ['zh'],
  });

/** The verifier's decision on a derived proposal (by its id), or a proposal the verifier writes. */
export const proposalDecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({
      proposalId: z.string().max(200),
      decision: z.enum(['accepted', 'edited']),
      text: bilingualAdviceSchema,
    }),
    z.strictObject({ proposalId: z.string().max(200), decision: z.literal('dropped') }),
    z.strictObject({
      decision: z.literal('written'),
      section: guidanceSectionSchema,
      kpiIds: z.array(kpiIdSchema).max(91).default([]),
      text: bilingualAdviceSchema,
    }),
  ],
  { error: '"decision" must be one of: accepted, edited, dropped, written' },
);

/** A field the conclusion no longer takes: refused with what replaced it, so an old client learns why. */
const replacedBy = (field: string, by: string) =>
  z.never({ error: `"${field}" is no longer taken: ${by}` }).optional();

export const conclusionSchema = z.strictObject({
  summary: z.string().trim().min(10, 'Summarise the audit in at least 10 characters').max(10_000),
  auditResults: z.array(auditResultSchema).max(91).default([]),
  /** Decisions on GET /guidance-proposals' proposals; a derived proposal not named here is recorded as dropped. */
  proposals: z
    .array(proposalDecisionSchema)
    .max(100)
    .default([])
    .refine((items) => {
      const ids = items.flatMap((p) => ('proposalId' in p ? [p.proposalId] : []));
      return new Set(ids).size === ids.length;
    }, 'A proposal is decided twice'),
  /** The verifier's next steps for the city, each in English and Chinese. */
  advice: z.array(bilingualAdviceSchema).max(50).default([]),
  policyRecommendations: replacedBy(
    'policyRecommendations',
    'decide on the derived proposals, or write your own, in "proposals" (section policyRecommendations), in English and Chinese',
  ),
  improvementOpportunities: replacedBy(
    'improvementOpportunities',
    'decide on the derived proposals, or write your own, in "proposals" (section improvementOpportunities), in English and Chinese',
  ),
  nextSteps: replacedBy('nextSteps', 'write them in "advice", each in English and Chinese'),
});
/** A kept proposal as the conclusion records it: its text in both languages, its KPIs and its case study. */
export const decidedProposalSchema = z.discriminatedUnion('decision', [
  z.object({ proposalId: z.string(), decision: z.literal('dropped'), kind: proposalKindSchema }),
  z.object({
    proposalId: z.string(),
    decision: z.enum(['accepted', 'edited', 'written']),
    /** Absent for a proposal the verifier wrote. */
    kind: proposalKindSchema.optional(),
    section: guidanceSectionSchema,
    kpiIds: z.array(z.string()),
    text: bilingualTextSchema,
    caseStudy: caseStudyLinkSchema.optional(),
  }),
]);
export type DecidedProposal = z.infer<typeof decidedProposalSchema>;

/**
 * The conclusion as the event records it. Conclusions submitted before decision 0047 kept the verifier's free text in
 * one language (the three optional lists); core/verification/report-conclusion.ts reads them as before.
 */
export const conclusionRecordSchema = z.object({
  summary: z.string(),
  auditResults: z.array(auditResultSchema),
  proposals: z.array(decidedProposalSchema).default([]),
  advice: z.array(bilingualTextSchema).default([]),
  policyRecommendations: z.array(z.string()).optional(),
  improvementOpportunities: z.array(z.string()).optional(),
  nextSteps: z.array(z.string()).optional(),
});
export type Conclusion = z.infer<typeof conclusionSchema>;

const isoDate = z.iso.datetime({ offset: true });

export const queryViewSchema = z.object({
  queryId: z.string(),
  dataPointId: z.string(),
  question: z.string(),
  raisedAt: isoDate,
  /** The city's deadline to answer. */
  dueAt: isoDate,
  status: z.enum(['open', 'answered', 'closed']),
  answers: z.number().int().nonnegative(),
});
export type QueryView = z.infer<typeof queryViewSchema>;

/** The verification part of the pilot's projection, folded from its verification events. */
export const verificationViewSchema = z.object({
  declaration: z
    .object({ statement: z.string(), at: isoDate, undertakingVersion: z.string().optional() })
    .optional(),
  reviews: z.record(
    z.string(),
    z.object({ status: reviewStatusSchema, note: z.string().optional(), at: isoDate, by: z.string() }),
  ),
  queries: z.array(queryViewSchema),
  interviews: z.number().int().nonnegative(),
  /** Set while at least one query waits for the city: the verifier's clock is stopped. */
  clockStoppedSince: isoDate.optional(),
  stoppedMs: z.number().nonnegative(),
  conclusion: z
    .object({
      status: z.enum(['submitted', 'returned']),
      at: isoDate,
      datasetVersion: z.number().int().positive(),
      datasetHash: z.string(),
      comments: z.string().optional(),
    })
    .optional(),
  lock: z
    .object({ datasetVersion: z.number().int().positive(), datasetHash: z.string(), lockedAt: isoDate })
    .optional(),
});
export type VerificationView = z.infer<typeof verificationViewSchema>;

export const emptyVerification = (): VerificationView => ({
  reviews: {},
  queries: [],
  interviews: 0,
  stoppedMs: 0,
});
