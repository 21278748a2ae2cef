// Verification vocabulary: review statuses, queries, interviews and the verifier's conclusion. What a person sends is
// a strict object: a field the schema does not name is refused, not dropped (stored events carry exactly these).
import * as z from 'zod';
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

export const conclusionSchema = z.strictObject({
  summary: z.string().trim().min(10, 'Summarise the audit in at least 10 characters').max(10_000),
  auditResults: z.array(auditResultSchema).max(91).default([]),
  policyRecommendations: z.array(z.string().trim().min(1).max(2000)).max(50).default([]),
  improvementOpportunities: z.array(z.string().trim().min(1).max(2000)).max(50).default([]),
  nextSteps: z.array(z.string().trim().min(1).max(2000)).max(50).default([]),
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
