// The pilot's event log entries: every transition and decision is one immutable, typed event.
import * as z from 'zod';
import { roleSchema } from '../actors.ts';
import { maturityEntrySchema } from '../maturity/answers.ts';
import { textWeight } from '../text-length.ts';
import { caseStudyContentSchema } from './case-study-schemas.ts';
import { smartInitiativeSchema } from './city-story.ts';
import { costQuoteSchema } from './cost-items.ts';
import { draftCommentTextSchema, draftSectionSchema } from './draft-review-schemas.ts';
import { printableName } from './printable-name.ts';
import { stageMachineSchema } from './stages.ts';
import { termsAcceptanceInputSchema, termsAcceptanceSchema } from './terms.ts';
import {
  conclusionRecordSchema,
  declarationSchema,
  evidenceRefSchema,
  interviewSchema,
  reviewItemSchema,
} from './verification-schemas.ts';

export const isoDate = z.iso.datetime({ offset: true });
/** Annex 1: data collection lasts three to six months. */
export const collectionMonthsSchema = z.number().int().min(3).max(6);
export const deadlineKindSchema = z.enum(['submission', 'verification']);

/** The vision's least weight a letter is accepted with; intake checks it describes enough at 50 (check-letter.ts). */
export const VISION_MIN_WEIGHT = 20;

/** The letter as the city writes it; strict, so a field the form does not have is refused rather than dropped. */
export const letterOfIntentSchema = z.strictObject({
  cityName: z.string().trim().min(1).max(200),
  country: z.string().trim().min(1).max(100),
  region: z.string().trim().max(100).optional(),
  vision: z.string().trim().min(1).max(5000),
  contact: z.strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254),
    title: z.string().trim().max(200).optional(),
  }),
  signatory: z.strictObject({
    name: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(200),
  }),
  reviewedMethodology: z.literal(true, 'The city must confirm it reviewed the U4SSC goals and methodology'),
  preferredLanguage: z.enum(['en', 'zh']).default('en'),
  /** The city's smart initiatives, one line each; they appear on the city snapshot. */
  initiatives: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  /** The programme terms the letter accepted (core/lifecycle/terms.ts); absent on letters from before they were. */
  termsAcceptance: termsAcceptanceSchema.optional(),
});
export type LetterOfIntent = z.infer<typeof letterOfIntentSchema>;

/**
 * What a new letter must satisfy: the stored shape, with the names that get printed held to what the PDFs can print.
 * Stored letters are read with the lenient shape above, so a rule added here never makes an old record unreadable.
 */
export const letterOfIntentInputSchema = letterOfIntentSchema.extend({
  // Weighed fairly across scripts (core/text-length.ts): ten Chinese characters meet it as twenty Latin letters do.
  vision: letterOfIntentSchema.shape.vision.refine(
    (vision) => textWeight(vision) >= VISION_MIN_WEIGHT,
    `Describe the city vision in at least ${VISION_MIN_WEIGHT} characters (a Chinese character counts as two)`,
  ),
  cityName: printableName(200),
  country: printableName(100),
  contact: letterOfIntentSchema.shape.contact.extend({ name: printableName(200) }),
  signatory: z.object({ name: printableName(200), title: printableName(200) }),
  termsAcceptance: termsAcceptanceInputSchema,
});

export const submissionSummarySchema = z.object({
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  reported: z.number().int().nonnegative(),
  notReported: z.number().int().nonnegative(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

/** How the Smart Sustainable Cities Index shows a city: by name, or only inside anonymised distributions. */
export const indexNamingSchema = z.enum(['named', 'anonymous']);

export const documentRefSchema = z.object({ kind: z.string(), key: z.string(), contentType: z.string() });
export type DocumentRef = z.infer<typeof documentRefSchema>;

/** Payload schemas per event type; the key is the event type. */
export const eventDataSchemas = {
  LetterOfIntentSubmitted: z.object({ cityId: z.string(), letter: letterOfIntentSchema }),
  LetterOfIntentChecked: z.object({
    checks: z.array(z.object({ check: z.string(), passed: z.boolean() })),
    /** The letter laid out as a PDF for the mayor's signature. */
    letterDocument: documentRefSchema.optional(),
  }),
  /** The letter as signed by the mayor, uploaded by the city or the secretariat; a later one supersedes it. */
  SignedLetterAttached: z.object({
    uploadId: z.string(),
    fileName: z.string(),
    size: z.number().int().positive(),
    document: documentRefSchema,
  }),
  /** The collection period the secretariat proposed (3-6 months); absent: the programme's default at issuance. */
  LetterOfIntentAccepted: z.object({
    note: z.string().optional(),
    collectionMonths: collectionMonthsSchema.optional(),
  }),
  LetterOfIntentDeclined: z.object({ reason: z.string() }),
  TemplateIssued: z.object({ templateId: z.string(), key: z.string(), catalogueVersion: z.string() }),
  DataCollectionOpened: z.object({ dueAt: isoDate, collectionMonths: collectionMonthsSchema.optional() }),
  /** The city or the appointed verifier confirms the deadline in force. */
  DeadlineConfirmed: z.object({ dueAt: isoDate, kind: deadlineKindSchema }),
  /** The secretariat records that the deadline in force was agreed (a call, a letter). */
  DeadlineAgreementRecorded: z.object({ dueAt: isoDate, kind: deadlineKindSchema, reason: z.string() }),
  ExtensionRequested: z.object({
    requestId: z.string(),
    kind: deadlineKindSchema,
    dueAt: isoDate,
    reason: z.string(),
  }),
  ExtensionDeclined: z.object({ requestId: z.string(), reason: z.string() }),
  SubmissionReceived: z.object({
    version: z.number().int().positive(),
    uploadId: z.string(),
    key: z.string(),
    size: z.number(),
  }),
  SubmissionValidated: z.object({
    version: z.number().int().positive(),
    summary: submissionSummarySchema,
    resultsKey: z.string(),
    /** Data points whose result differs from the previous validated version (their reviews start again). */
    changedDataPoints: z.array(z.string()).default([]),
  }),
  SubmissionRejected: z.object({
    version: z.number().int().positive(),
    summary: submissionSummarySchema,
    resultsKey: z.string(),
  }),
  UploadRejected: z.object({
    uploadId: z.string(),
    reason: z.string(),
    /** The reason in Chinese; absent on refusals recorded before both languages were kept. */
    reasonZh: z.string().optional(),
  }),
  VerificationModeChosen: z.object({ mode: z.enum(['onsite', 'remote']) }),
  /** After the appointment the mode changes only when one side proposes it and the other accepts. */
  ModeChangeProposed: z.object({ mode: z.enum(['onsite', 'remote']), reason: z.string() }),
  ModeChangeAnswered: z.object({
    mode: z.enum(['onsite', 'remote']),
    accepted: z.boolean(),
    reason: z.string().optional(),
  }),
  VerifierAssigned: z.object({
    verifierId: z.string(),
    supervisorId: z.string(),
    supervisorEmail: z.email().optional(),
    mode: z.enum(['onsite', 'remote']),
    /** Set when the secretariat appointed a verifier the ranking excluded, because it excluded every candidate. */
    override: z.object({ reason: z.string(), exclusion: z.string() }).optional(),
  }),
  /** Another staff member from the directory supervises the verification from now on. */
  SupervisorChanged: z.object({
    supervisorId: z.string(),
    supervisorEmail: z.email().optional(),
    previousSupervisorId: z.string().optional(),
    reason: z.string(),
  }),
  VerificationTaskSent: z.object({ verifierId: z.string() }),
  VerificationStarted: z.object({ dueAt: isoDate, declaration: declarationSchema }),
  DataPointsReviewed: z.object({ items: z.array(reviewItemSchema).min(1) }),
  QueryRaised: z.object({
    queryId: z.string(),
    dataPointId: z.string(),
    question: z.string(),
    dueAt: isoDate,
  }),
  QueryAnswered: z.object({
    queryId: z.string(),
    text: z.string(),
    evidence: evidenceRefSchema.optional(),
    submissionVersion: z.number().int().positive().optional(),
  }),
  QueryClosed: z.object({ queryId: z.string(), resolution: z.string() }),
  InterviewLogged: interviewSchema,
  ConclusionSubmitted: conclusionRecordSchema.extend({
    datasetVersion: z.number().int().positive(),
    datasetHash: z.string(),
  }),
  ConclusionReturned: z.object({ comments: z.string() }),
  /** A working note between the supervising staff and the verifier; never shown to the city. */
  InternalNoteAdded: z.object({ text: z.string() }),
  DatasetUnlocked: z.object({ reason: z.string() }),
  VerifierDeclined: z.object({ verifierId: z.string(), reason: z.string() }),
  SubmissionReturned: z.object({ reason: z.string() }),
  /** `draftReviewEndsAt`: the end of the city's comment window on the draft report; absent on earlier approvals. */
  VerificationConcluded: z.object({
    summary: z.string(),
    datasetVersion: z.number().int().positive(),
    datasetHash: z.string(),
    approvedBy: z.string(),
    draftReviewEndsAt: isoDate.optional(),
  }),
  DraftSectionAccepted: z.object({ section: draftSectionSchema }),
  DraftReportCommented: z.object({
    commentId: z.string(),
    section: draftSectionSchema,
    text: draftCommentTextSchema,
  }),
  /** The verifier's answer; `revisedText` replaces a revisable section (list sections one item a line). */
  DraftCommentAnswered: z.object({
    commentId: z.string(),
    text: draftCommentTextSchema,
    revisedText: z.string().trim().min(1).max(10_000).optional(),
    /** The revised guidance section in Chinese, line for line with the English (absent on earlier answers). */
    revisedTextZh: z.string().trim().min(1).max(10_000).optional(),
  }),
  /** The review is over: the reporting stage issues the report from the draft as revised. */
  DraftReviewClosed: z.object({
    acceptedSections: z.array(draftSectionSchema),
    comments: z.number().int().nonnegative(),
  }),
  ReportIssued: z.object({ documents: z.array(documentRefSchema) }),
  /** The readiness rules version the pilot was held to; absent on events recorded before rules were versioned. */
  CertificationRequested: z.object({ readinessRulesVersion: z.number().int().positive().optional() }),
  CertificateIssued: z.object({
    certificateNumber: z.string(),
    datasetHash: z.string(),
    document: documentRefSchema,
  }),
  CertificateRevoked: z.object({ reason: z.string() }),
  PublicationConsentChanged: z.object({
    report: z.enum(['publish', 'withhold']),
    snapshot: z.enum(['publish', 'withhold']),
    /** Whether the index may name the city; absent keeps the choice made before (anonymous until one is made). */
    index: indexNamingSchema.optional(),
    /** Whether the factsheet is published; absent keeps the choice made before (withheld until one is made). */
    factsheet: z.enum(['publish', 'withhold']).optional(),
    /** Whether accepted case studies may be published; absent keeps the choice made before (withheld until made). */
    caseStudies: z.enum(['publish', 'withhold']).optional(),
  }),
  /** The city's maturity self-assessment entered in the web form; it supersedes the workbook's until a newer upload. */
  SelfAssessmentSubmitted: z.object({ entries: z.array(maturityEntrySchema) }),
  /** The city's smart initiatives for its factsheet; a later list replaces the earlier one. */
  SmartInitiativesRecorded: z.object({ initiatives: z.array(smartInitiativeSchema) }),
  FactsheetRequested: z.object({}),
  /** The secretariat produced the factsheet from the verified results, the initiatives and the maturity profile. */
  FactsheetProduced: z.object({ document: documentRefSchema }),
  /** The city wrote case study `number` (new, or a draft or returned one rewritten): the whole text each time. */
  CaseStudySaved: z.object({ number: z.number().int().positive(), caseStudy: caseStudyContentSchema }),
  CaseStudySubmitted: z.object({ number: z.number().int().positive() }),
  /** The secretariat accepted the case study, or returned it to the city with a reason. */
  CaseStudyReviewed: z.object({
    number: z.number().int().positive(),
    accepted: z.boolean(),
    reason: z.string().optional(),
  }),
  /** The certified city published an accepted case study; the public finds it while the city consents. */
  CaseStudyPublished: z.object({ number: z.number().int().positive() }),
  PilotWithdrawn: z.object({ reason: z.string() }),
  /** `fromDueAt` and `kind` are absent on extensions recorded before the cap; `requestId` when it answers a request. */
  DeadlineExtended: z.object({
    dueAt: isoDate,
    reason: z.string(),
    fromDueAt: isoDate.optional(),
    kind: deadlineKindSchema.optional(),
    requestId: z.string().optional(),
  }),
  /** The verification's costs as the secretariat or the verifier quoted them for the mode in force. */
  CostsQuoted: costQuoteSchema.extend({ quoteId: z.string(), mode: z.enum(['onsite', 'remote']) }),
  /** The city accepts or declines the quote. */
  CostsAnswered: z.object({ quoteId: z.string(), accepted: z.boolean(), reason: z.string().optional() }),
  CostsInvoiced: z.object({ quoteId: z.string(), reference: z.string() }),
  CostsPaid: z.object({ quoteId: z.string(), note: z.string().optional() }),
  /** The city asks the secretariat about one KPI during data collection; either side replies or closes it. */
  ClarificationOpened: z.object({ threadId: z.string(), kpiId: z.string(), question: z.string() }),
  ClarificationReplied: z.object({ threadId: z.string(), text: z.string() }),
  ClarificationClosed: z.object({ threadId: z.string(), resolution: z.string() }),
  /** The city asks for a call with the verifier and the secretariat, at one of the times it proposes. */
  CallRequested: z.object({
    callId: z.string(),
    topic: z.string(),
    proposedTimes: z.array(isoDate).min(1),
  }),
  CallAnswered: z.object({
    callId: z.string(),
    accepted: z.boolean(),
    time: isoDate.optional(),
    reason: z.string().optional(),
  }),
  StageFailed: z.object({ machine: stageMachineSchema, error: z.string(), cause: z.string() }),
  StageRetryRequested: z.object({ machine: stageMachineSchema }),
  ReminderSent: z.object({
    /** `draft_review_ended`: the city's comment window on the draft report ended (dueAt) without its acceptance. */
    kind: z.enum(['due_soon', 'overdue', 'escalated', 'query_overdue', 'draft_review_ended']),
    dueAt: isoDate,
    queryId: z.string().optional(),
    /** For a due-soon reminder: the offset (days before the deadline) it was sent at. */
    offsetDays: z.number().int().positive().optional(),
  }),
} as const;

export type EventType = keyof typeof eventDataSchemas;
export type EventData<T extends EventType> = z.infer<(typeof eventDataSchemas)[T]>;

const envelope = {
  pilotId: z.string(),
  seq: z.number().int().positive(),
  at: isoDate,
  actor: z.object({ userId: z.string(), role: roleSchema, name: z.string().optional() }),
  /** Identifies the automated step that produced the event, so a re-driven step records it once. */
  causationId: z.string().optional(),
};

const eventVariants = (Object.keys(eventDataSchemas) as EventType[]).map((type) =>
  z.object({ ...envelope, type: z.literal(type), data: eventDataSchemas[type] }),
);

/**
 * Every event, discriminated by its type. TypeScript cannot infer a union mapped over the table above, so the
 * schema is given the hand-written PilotEvent type below, which says the same thing.
 */
export const pilotEventSchema: z.ZodType<PilotEvent> = z.discriminatedUnion(
  'type',
  eventVariants as unknown as [(typeof eventVariants)[number], ...(typeof eventVariants)[number][]],
) as unknown as z.ZodType<PilotEvent>;

/** A recorded event; `data` is typed by `type`. */
export type PilotEvent = {
  [T in EventType]: {
    pilotId: string;
    seq: number;
    at: string;
    actor: z.infer<typeof envelope.actor>;
    causationId?: string;
    type: T;
    data: EventData<T>;
  };
}[EventType];

export type NewEvent = { [T in EventType]: { type: T; data: EventData<T>; causationId?: string } }[EventType];
