// The pilot's current view: a pure fold of its event log, so it can always be rebuilt from the events.

import * as z from 'zod';
import { maturityEntrySchema } from '../maturity/answers.ts';
import { caseStudyViewSchema, foldCaseStudies } from './case-study-fold.ts';
import { smartInitiativeSchema } from './city-story.ts';
import { callViewSchema, clarificationViewSchema, foldClarifications } from './clarifications.ts';
import { costsViewSchema, foldCosts } from './costs.ts';
import { deadlineViewSchema, foldDeadline } from './deadlines.ts';
import { foldDraftReview } from './draft-review-fold.ts';
import { draftReviewViewSchema } from './draft-review-schemas.ts';
import {
  documentRefSchema,
  indexNamingSchema,
  isoDate,
  letterOfIntentSchema,
  type PilotEvent,
  submissionSummarySchema,
} from './events.ts';
import { stageAfterEvent } from './stage-targets.ts';
import { type StageMachineName, stageMachineSchema, stageSchema } from './stages.ts';
import { foldVerification } from './verification-fold.ts';
import { verificationViewSchema } from './verification-schemas.ts';

const verificationMode = z.enum(['onsite', 'remote']);

export const submissionViewSchema = z.object({
  version: z.number().int().positive(),
  uploadId: z.string(),
  key: z.string(),
  size: z.number().nonnegative(),
  receivedAt: isoDate,
  status: z.enum(['received', 'validated', 'rejected']),
  summary: submissionSummarySchema.optional(),
  resultsKey: z.string().optional(),
});
export type SubmissionView = z.infer<typeof submissionViewSchema>;

/** A stage machine run the pilot is waiting for; the deterministic name makes a re-drive safe. */
export const pendingRunSchema = z.object({
  machine: stageMachineSchema,
  executionName: z.string(),
  since: isoDate,
});
export type PendingRun = z.infer<typeof pendingRunSchema>;

/** The pilot's current view as stored beside its event log; `replay(events)` rebuilds it from scratch. */
export const pilotSchema = z.object({
  pilotId: z.string().min(1),
  cityId: z.string().min(1),
  cityName: z.string(),
  country: z.string(),
  region: z.string().optional(),
  stage: stageSchema,
  /** Sequence number of the last event folded in. */
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate,
  letter: letterOfIntentSchema,
  /** Who accepted the programme terms with the letter, when, and which version; absent on older letters. */
  termsAccepted: z
    .object({ version: z.string(), userId: z.string(), role: z.string(), at: isoDate })
    .optional(),
  dueAt: isoDate.optional(),
  dueKind: z.enum(['submission', 'verification']).optional(),
  /** The proposed period, confirmations, extensions and a pending request; absent on pilots with none of them yet. */
  deadline: deadlineViewSchema.optional(),
  verifierId: z.string().optional(),
  supervisorId: z.string().optional(),
  supervisorEmail: z.string().optional(),
  /** The city's choice; the secretariat's assignment fixes the mode actually used. */
  preferredVerificationMode: verificationMode.optional(),
  verificationMode: verificationMode.optional(),
  /** A change of mode one side proposed after the appointment, until the other side answers it. */
  modeChange: z
    .object({ mode: verificationMode, reason: z.string(), role: z.string(), userId: z.string(), at: isoDate })
    .optional(),
  /** The verification's costs: the quote in force and its status; absent until one is quoted. */
  costs: costsViewSchema.optional(),
  /** The city's questions about KPIs to the secretariat; absent until the first one. */
  clarifications: z.array(clarificationViewSchema).optional(),
  /** The calls the city asked for with the verifier and the secretariat; absent until the first one. */
  calls: z.array(callViewSchema).optional(),
  /** Verifiers who recused themselves from this pilot; they are not proposed again. */
  declinedVerifierIds: z.array(z.string()),
  verification: verificationViewSchema.optional(),
  /** The city's review of the draft report, from the approval until the dataset is unlocked. */
  draftReview: draftReviewViewSchema.optional(),
  template: z.object({ templateId: z.string(), key: z.string(), catalogueVersion: z.string() }).optional(),
  submissions: z.array(submissionViewSchema),
  documents: z.array(documentRefSchema.extend({ createdAt: isoDate })),
  certificate: z
    .object({
      certificateNumber: z.string(),
      datasetHash: z.string(),
      key: z.string(),
      issuedAt: isoDate,
      revoked: z.object({ reason: z.string(), at: isoDate }).optional(),
    })
    .optional(),
  /** What the city consents to publish; everything is withheld until it says otherwise (withheldPublication). */
  publication: z.object({
    report: z.enum(['publish', 'withhold']),
    snapshot: z.enum(['publish', 'withhold']),
    /** Views stored before the index had this choice read as anonymous. */
    index: indexNamingSchema.default('anonymous'),
    factsheet: z.enum(['publish', 'withhold']).default('withhold'),
    caseStudies: z.enum(['publish', 'withhold']).default('withhold'),
  }),
  /** The self-assessment last entered in the web form (the workbook's is in its validation results). */
  selfAssessment: z.object({ entries: z.array(maturityEntrySchema), at: isoDate }).optional(),
  /** The smart initiatives the city entered for its factsheet. */
  initiatives: z.array(smartInitiativeSchema).default([]),
  /** The city's latest request for a factsheet, and when the secretariat last produced one. */
  factsheet: z.object({ requestedAt: isoDate, producedAt: isoDate.optional() }).optional(),
  /** The city's case studies, numbered from 1; absent until the first one. */
  caseStudies: z.array(caseStudyViewSchema).optional(),
  pendingRun: pendingRunSchema.optional(),
  lastFailure: z
    .object({ machine: stageMachineSchema, error: z.string(), cause: z.string(), at: isoDate })
    .optional(),
  remindersSent: z.array(z.string()),
  recentCausations: z.array(z.string()),
});
export type Pilot = z.infer<typeof pilotSchema>;

/** A new pilot's consent: nothing published, anonymous in the index. */
export const withheldPublication: Pilot['publication'] = {
  report: 'withhold',
  snapshot: 'withhold',
  index: 'anonymous',
  factsheet: 'withhold',
  caseStudies: 'withhold',
};

const RECENT_CAUSATIONS_KEPT = 50;

export function executionNameFor(pilotId: string, machine: StageMachineName, seq: number): string {
  return `${pilotId}-${machine}-${seq}`;
}

/** The inverse of executionNameFor, for events that carry only the name (a failed execution seen by EventBridge). */
export function machineOfExecution(pilotId: string, executionName: string): StageMachineName | undefined {
  if (!executionName.startsWith(`${pilotId}-`)) return undefined;
  const machine = executionName.slice(pilotId.length + 1).replace(/-\d+$/, '');
  return stageMachineSchema.safeParse(machine).data;
}

/** Which stage machine an event starts, if any. */
export function machineStartedBy(event: PilotEvent): StageMachineName | undefined {
  switch (event.type) {
    case 'LetterOfIntentSubmitted':
      return 'letter-of-intent-intake';
    case 'LetterOfIntentAccepted':
      return 'template-issuance';
    case 'SubmissionReceived':
      return 'submission-validation';
    case 'VerifierAssigned':
      return 'verification-dispatch';
    case 'DraftReviewClosed':
      return 'reporting';
    case 'CertificationRequested':
      return 'certification';
    case 'StageRetryRequested':
      return event.data.machine;
    default:
      return undefined;
  }
}

/** Events that end the pending run (successfully or not). */
const runEndingEvents = new Set<PilotEvent['type']>([
  'LetterOfIntentChecked',
  'DataCollectionOpened',
  'SubmissionValidated',
  'SubmissionRejected',
  'VerificationTaskSent',
  'ReportIssued',
  'CertificateIssued',
  'StageFailed',
]);

export function reminderKey(reminder: {
  kind: string;
  dueAt: string;
  queryId?: string;
  offsetDays?: number;
}): string {
  const offset = reminder.offsetDays ? `-${reminder.offsetDays}d` : '';
  return `${reminder.kind}${offset}@${reminder.dueAt}${reminder.queryId ? `#${reminder.queryId}` : ''}`;
}

function updateSubmission(pilot: Pilot, version: number, patch: Partial<SubmissionView>): SubmissionView[] {
  return pilot.submissions.map((s) => (s.version === version ? { ...s, ...patch } : s));
}

function foldData(pilot: Pilot, event: PilotEvent): Pilot {
  switch (event.type) {
    case 'LetterOfIntentSubmitted':
      return pilot;
    case 'LetterOfIntentChecked': {
      const doc = event.data.letterDocument;
      return doc ? { ...pilot, documents: [...pilot.documents, { ...doc, createdAt: event.at }] } : pilot;
    }
    case 'SignedLetterAttached':
      return { ...pilot, documents: [...pilot.documents, { ...event.data.document, createdAt: event.at }] };
    case 'CertificateRevoked':
      return pilot.certificate
        ? {
            ...pilot,
            certificate: { ...pilot.certificate, revoked: { reason: event.data.reason, at: event.at } },
          }
        : pilot;
    case 'PublicationConsentChanged':
      return {
        ...pilot,
        publication: {
          report: event.data.report,
          snapshot: event.data.snapshot,
          index: event.data.index ?? pilot.publication.index,
          factsheet: event.data.factsheet ?? pilot.publication.factsheet,
          caseStudies: event.data.caseStudies ?? pilot.publication.caseStudies,
        },
      };
    case 'SelfAssessmentSubmitted':
      return { ...pilot, selfAssessment: { entries: event.data.entries, at: event.at } };
    case 'SmartInitiativesRecorded':
      return { ...pilot, initiatives: event.data.initiatives };
    case 'FactsheetRequested':
      return { ...pilot, factsheet: { requestedAt: event.at } };
    case 'FactsheetProduced':
      return {
        ...pilot,
        factsheet: { requestedAt: pilot.factsheet?.requestedAt ?? event.at, producedAt: event.at },
        documents: [...pilot.documents, { ...event.data.document, createdAt: event.at }],
      };
    case 'LetterOfIntentAccepted':
    case 'LetterOfIntentDeclined':
      return pilot;
    case 'TemplateIssued':
      return { ...pilot, template: event.data };
    case 'DataCollectionOpened':
      return { ...pilot, dueAt: event.data.dueAt, dueKind: 'submission' };
    case 'SubmissionReceived': {
      const { version, uploadId, key, size } = event.data;
      const submission: SubmissionView = {
        version,
        uploadId,
        key,
        size,
        receivedAt: event.at,
        status: 'received',
      };
      return { ...pilot, submissions: [...pilot.submissions, submission] };
    }
    case 'SubmissionValidated':
      return {
        ...pilot,
        // Validation ends data collection's deadline, but not the verifier's during verification.
        ...(pilot.stage === 'in_verification' ? {} : { dueAt: undefined, dueKind: undefined }),
        submissions: updateSubmission(pilot, event.data.version, {
          status: 'validated',
          summary: event.data.summary,
          resultsKey: event.data.resultsKey,
        }),
      };
    case 'SubmissionRejected':
      return {
        ...pilot,
        submissions: updateSubmission(pilot, event.data.version, {
          status: 'rejected',
          summary: event.data.summary,
          resultsKey: event.data.resultsKey,
        }),
      };
    case 'UploadRejected':
      return pilot;
    case 'VerifierAssigned':
      return {
        ...pilot,
        verifierId: event.data.verifierId,
        supervisorId: event.data.supervisorId,
        supervisorEmail: event.data.supervisorEmail,
        verificationMode: event.data.mode,
      };
    case 'SupervisorChanged':
      return {
        ...pilot,
        supervisorId: event.data.supervisorId,
        supervisorEmail: event.data.supervisorEmail,
      };
    case 'VerificationModeChosen':
      return { ...pilot, preferredVerificationMode: event.data.mode };
    case 'ModeChangeProposed':
      return {
        ...pilot,
        modeChange: { ...event.data, role: event.actor.role, userId: event.actor.userId, at: event.at },
      };
    case 'ModeChangeAnswered':
      return event.data.accepted
        ? {
            ...pilot,
            modeChange: undefined,
            verificationMode: event.data.mode,
            preferredVerificationMode: event.data.mode,
          }
        : { ...pilot, modeChange: undefined };
    case 'VerificationTaskSent':
      return pilot;
    case 'VerificationStarted':
      return { ...pilot, dueAt: event.data.dueAt, dueKind: 'verification' };
    case 'VerifierDeclined':
      return {
        ...pilot,
        verifierId: undefined,
        supervisorId: undefined,
        declinedVerifierIds: [...pilot.declinedVerifierIds, event.data.verifierId],
      };
    case 'SubmissionReturned':
      return { ...pilot, dueKind: 'submission' };
    case 'VerificationConcluded':
      return { ...pilot, dueAt: undefined, dueKind: undefined };
    case 'DatasetUnlocked':
      return pilot;
    case 'DataPointsReviewed':
    case 'QueryRaised':
    case 'QueryAnswered':
    case 'QueryClosed':
    case 'InterviewLogged':
    case 'ConclusionSubmitted':
    case 'ConclusionReturned':
    case 'InternalNoteAdded':
    case 'DraftSectionAccepted':
    case 'DraftReportCommented':
    case 'DraftCommentAnswered':
    case 'DraftReviewClosed':
      return pilot;
    case 'ReportIssued':
      return {
        ...pilot,
        documents: [...pilot.documents, ...event.data.documents.map((d) => ({ ...d, createdAt: event.at }))],
      };
    case 'CertificationRequested':
      return pilot;
    case 'CertificateIssued':
      return {
        ...pilot,
        certificate: {
          certificateNumber: event.data.certificateNumber,
          datasetHash: event.data.datasetHash,
          key: event.data.document.key,
          issuedAt: event.at,
        },
        documents: [...pilot.documents, { ...event.data.document, createdAt: event.at }],
      };
    case 'CaseStudySaved':
    case 'CaseStudySubmitted':
    case 'CaseStudyReviewed':
    case 'CaseStudyPublished':
      return pilot;
    case 'PilotWithdrawn':
      return { ...pilot, dueAt: undefined, dueKind: undefined };
    case 'DeadlineExtended':
      return { ...pilot, dueAt: event.data.dueAt };
    case 'CostsQuoted':
    case 'CostsAnswered':
    case 'CostsInvoiced':
    case 'CostsPaid':
    case 'ClarificationOpened':
    case 'ClarificationReplied':
    case 'ClarificationClosed':
    case 'CallRequested':
    case 'CallAnswered':
    case 'DeadlineConfirmed':
    case 'DeadlineAgreementRecorded':
    case 'ExtensionRequested':
    case 'ExtensionDeclined':
      return pilot;
    case 'StageFailed':
      return { ...pilot, lastFailure: { ...event.data, at: event.at } };
    case 'StageRetryRequested':
      return { ...pilot, lastFailure: undefined };
    case 'ReminderSent':
      return { ...pilot, remindersSent: [...pilot.remindersSent, reminderKey(event.data)] };
  }
}

/** Starts a pilot from its first event. */
export function pilotFromFirstEvent(event: PilotEvent): Pilot {
  if (event.type !== 'LetterOfIntentSubmitted') {
    throw new Error(`A pilot's log must start with LetterOfIntentSubmitted, not ${event.type}`);
  }
  const { letter, cityId } = event.data;
  const terms = letter.termsAcceptance;
  return {
    pilotId: event.pilotId,
    cityId,
    cityName: letter.cityName,
    country: letter.country,
    region: letter.region,
    stage: 'loi_received',
    version: 0,
    createdAt: event.at,
    updatedAt: event.at,
    letter,
    ...(terms && {
      termsAccepted: {
        version: terms.version,
        userId: event.actor.userId,
        role: event.actor.role,
        at: event.at,
      },
    }),
    submissions: [],
    documents: [],
    declinedVerifierIds: [],
    publication: { ...withheldPublication },
    initiatives: [],
    remindersSent: [],
    recentCausations: [],
  };
}

/** Folds one event into the view; events must arrive in sequence. */
export function applyEvent(pilot: Pilot | undefined, event: PilotEvent): Pilot {
  const base = pilot ?? pilotFromFirstEvent(event);
  if (event.seq !== base.version + 1) {
    throw new Error(
      `Event ${event.seq} of pilot ${event.pilotId} applied out of order after ${base.version}`,
    );
  }
  const data = { ...foldData(base, event), stage: stageAfterEvent(base.stage, event.type) };
  const { view: verification, deadlineShiftMs } = foldVerification(data.verification, event);
  const dueAt =
    deadlineShiftMs && data.dueAt
      ? new Date(Date.parse(data.dueAt) + deadlineShiftMs).toISOString()
      : data.dueAt;
  const caseStudies = foldCaseStudies(data.caseStudies, event);
  const folded = {
    ...data,
    ...foldClarifications(data, event),
    ...(caseStudies && { caseStudies }),
    verification,
    dueAt,
    deadline: foldDeadline(data.deadline, event),
    draftReview: foldDraftReview(data.draftReview, event),
    costs: foldCosts(data.costs, event),
  };
  const started = machineStartedBy(event);
  let pendingRun = folded.pendingRun;
  if (runEndingEvents.has(event.type)) pendingRun = undefined;
  if (started)
    pendingRun = {
      machine: started,
      executionName: executionNameFor(event.pilotId, started, event.seq),
      since: event.at,
    };
  const recentCausations = event.causationId
    ? [...folded.recentCausations, event.causationId].slice(-RECENT_CAUSATIONS_KEPT)
    : folded.recentCausations;
  return { ...folded, pendingRun, recentCausations, version: event.seq, updatedAt: event.at };
}

export function replay(events: readonly PilotEvent[]): Pilot | undefined {
  return events.reduce<Pilot | undefined>(applyEvent, undefined);
}

/** The newest submission that passed validation: the dataset a verifier works on. */
export function latestValidatedVersion(pilot: Pilot): number | undefined {
  return pilot.submissions.filter((s) => s.status === 'validated').at(-1)?.version;
}
