// One permitted request for every entry of the decision table, on a pilot in a stage that allows it, with the
// event it records, the run it starts and whom it tells; the decision tests run each of them.
import type { Actor } from '../../core/actors.ts';
import type { DeadlineView } from '../../core/lifecycle/deadlines.ts';
import type { DraftReviewView } from '../../core/lifecycle/draft-review-schemas.ts';
import type { EventType } from '../../core/lifecycle/events.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { StageMachineName } from '../../core/lifecycle/stages.ts';
import {
  emptyVerification,
  type QueryView,
  type VerificationView,
} from '../../core/lifecycle/verification-schemas.ts';
import type { DecisionParams } from '../../core/use-cases/decisions/definition.ts';
import type { DecisionName } from '../../core/use-cases/decisions/table.ts';
import { requestUpload } from '../../core/use-cases/uploads.ts';
import type { StaffDirectory } from '../../core/verification/staff-directory.ts';
import { score } from '../unit/documents/fixtures.ts';
import { resultsWith } from '../unit/scoring/fixtures.ts';
import { sampleCaseStudy, withCaseStudy } from './case-studies.ts';
import { PDF, pdfBytes, storeResults } from './files.ts';
import { type MemoryDeps, memoryDeps, testSettings } from './memory-deps.ts';
import { city, letter, pilotIn, secretariat, signedUndertaking, supervisor, verifier } from './pilots.ts';
import { everythingReported, reportedAndVerified, storeDataset } from './readiness.ts';

export const CITY_EMAIL = letter.contact.email;
export const SECRETARIAT_EMAIL = testSettings.secretariatEmail;
export const VERIFIER_EMAIL = 'li@u4ssc.test';
export const SUPERVISOR_EMAIL = 'sam@u4ssc.test';
export const HASH = 'a'.repeat(64);

export const registeredVerifier = {
  verifierId: verifier.userId,
  name: 'Li Verifier',
  email: VERIFIER_EMAIL,
  languages: ['en'],
  regions: ['Europe'],
  modes: ['onsite' as const, 'remote' as const],
  accreditation: '',
  conflicts: [],
  active: true,
};

/** The secretariat's directory: the supervisor and the secretariat's own user, both active. */
export const staffDirectory: StaffDirectory = {
  version: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: secretariat.userId,
  members: [
    { userId: supervisor.userId, name: 'Sam Supervisor', email: SUPERVISOR_EMAIL, active: true },
    { userId: secretariat.userId, name: 'Amina Secretariat', email: 'amina@u4ssc.test', active: true },
  ],
};

export const openQuery: QueryView = {
  queryId: 'q1',
  dataPointId: 'EC.ICT.ICT.1C',
  question: 'Which survey gave the household count?',
  raisedAt: '2026-02-20T00:00:00.000Z',
  dueAt: '2026-03-06T00:00:00.000Z',
  status: 'open',
  answers: 0,
};

/** A city's request for a month more to submit, awaiting the secretariat. */
export const extensionAsked: DeadlineView = {
  confirmations: [],
  extensions: [],
  request: {
    requestId: 'x4',
    kind: 'submission',
    dueAt: '2026-08-01T00:00:00.000Z',
    reason: 'Municipal elections',
    userId: city.userId,
    role: 'city',
    at: '2026-03-01T00:00:00.000Z',
  },
};

/** No failed stage waiting for a retry: pilotIn has one, which only the retry needs. */
export const idle = { lastFailure: undefined };

/** A verified pilot whose draft report the city reviews, with its comments and the end of its window. */
export const inDraftReview = (
  comments: DraftReviewView['comments'] = [],
  endsAt = '2099-01-01T00:00:00.000Z',
) => pilotIn('verified', { ...idle, draftReview: { endsAt, accepted: [], comments } });

export const verifying = (verification: Partial<VerificationView> = {}, overrides: Partial<Pilot> = {}) =>
  pilotIn('in_verification', {
    ...idle,
    dueKind: 'verification',
    supervisorEmail: SUPERVISOR_EMAIL,
    verification: { ...emptyVerification(), ...verification },
    ...overrides,
  });

export const concluded = verifying({
  conclusion: { status: 'submitted', at: '2026-02-25T00:00:00.000Z', datasetVersion: 1, datasetHash: HASH },
  lock: { datasetVersion: 1, datasetHash: HASH, lockedAt: '2026-02-25T00:00:00.000Z' },
});

export const declaration = {
  noConflictOfInterest: true,
  statement: 'I have no personal, financial or professional ties with the city.',
  confidentiality: signedUndertaking,
};

export const interview = {
  date: '2026-02-27',
  mode: 'remote',
  attendees: ['Statistics office'],
  topics: ['Household survey'],
};

export const sampleConclusion = { summary: 'Every core KPI was traced to its source.' };

export interface DecisionCase {
  decision: DecisionName;
  pilot: Pilot;
  actor: Actor;
  body?: Record<string, unknown>;
  params?: DecisionParams;
  /** Puts in place what the request refers to (an uploaded file, stored results); returns body fields to add. */
  arrange?: (deps: MemoryDeps, pilot: Pilot) => Promise<Record<string, unknown>>;
  records: EventType;
  starts?: StageMachineName;
  /** The recipients of the notification the decision sends itself, if any. */
  tells?: string[];
}

/** The mayor's signed letter, uploaded through its link as the city's browser would. */
async function signedLetterUploaded(deps: MemoryDeps, pilot: Pilot) {
  const body = { fileName: 'signed.pdf', contentType: PDF, size: pdfBytes().length };
  const ticket = await requestUpload(deps, city, pilot.pilotId, 'signed-letter', { body });
  await deps.uploads.put(ticket.fields.key ?? '', pdfBytes(), PDF);
  return { uploadId: ticket.uploadId };
}

/** The results of the pilot's validated version 1, where pilotIn's submission names them. */
async function resultsStored(deps: MemoryDeps, pilot: Pilot) {
  await storeResults(deps.documents, 'r', resultsWith({ 'EC.ICT.ICT.1C': 80 }, pilot.pilotId));
  return {};
}

const SCORE_KEY = 'reports/paurora0001/d0-score.json';
const certified = pilotIn('certified', {
  ...idle,
  certificate: {
    certificateNumber: 'U4SSC-2026-AURORA0001',
    datasetHash: HASH,
    key: 'certificates/paurora0001/d1-U4SSC-2026-AURORA0001.pdf',
    issuedAt: '2026-02-28T00:00:00.000Z',
  },
});

/** Costs quoted by the verifier (c4) for the remote verification in force, at the given status. */
function quotedCosts(status: NonNullable<Pilot['costs']>['status']): Partial<Pilot> {
  const by = { userId: verifier.userId, role: 'verifier', at: '2026-02-20T00:00:00.000Z' };
  return {
    verificationMode: 'remote',
    costs: {
      quote: { quoteId: 'c4', mode: 'remote', currency: 'CHF', fee: 4000, total: 4000, ...by },
      status,
    },
  };
}
const openThread = {
  threadId: 'k3',
  kpiId: 'EC.ICT.ICT.1C',
  question: 'Does a mobile connection count?',
  userId: city.userId,
  openedAt: '2026-02-20T00:00:00.000Z',
  status: 'open' as const,
  replies: 0,
  waitingOn: 'secretariat' as const,
  lastAt: '2026-02-20T00:00:00.000Z',
};
const requestedCall = {
  callId: 'call3',
  topic: 'The transport KPIs',
  proposedTimes: ['2099-03-10T09:00:00.000Z'],
  userId: city.userId,
  requestedAt: '2026-02-20T00:00:00.000Z',
  status: 'requested' as const,
};

export const decisionCases: DecisionCase[] = [
  {
    decision: 'letter-decision',
    pilot: pilotIn('loi_received', idle),
    actor: secretariat,
    body: { decision: 'accept', note: 'Welcome to the pilot' },
    records: 'LetterOfIntentAccepted',
    starts: 'template-issuance',
  },
  {
    decision: 'letter-decision',
    pilot: pilotIn('loi_received', idle),
    actor: secretariat,
    body: { decision: 'decline', reason: 'Not a municipality' },
    records: 'LetterOfIntentDeclined',
    tells: [CITY_EMAIL],
  },
  {
    decision: 'signed-letter',
    pilot: pilotIn('loi_received', idle),
    actor: city,
    arrange: signedLetterUploaded,
    records: 'SignedLetterAttached',
  },
  {
    decision: 'verifier-assignment',
    pilot: pilotIn('validated', { ...idle, verifierId: undefined, supervisorId: undefined }),
    actor: secretariat,
    body: { verifierId: verifier.userId, supervisorId: supervisor.userId, mode: 'remote' },
    records: 'VerifierAssigned',
    starts: 'verification-dispatch',
  },
  {
    decision: 'mode-change',
    pilot: verifying({}, { verificationMode: 'remote' }),
    actor: secretariat,
    body: { mode: 'onsite', reason: 'The data office asks for a site visit' },
    records: 'ModeChangeProposed',
  },
  {
    decision: 'mode-change-answer',
    pilot: verifying(
      {},
      {
        verificationMode: 'remote',
        modeChange: {
          mode: 'onsite',
          reason: 'The data office asks for a site visit',
          role: 'secretariat',
          userId: secretariat.userId,
          at: '2026-03-01T00:00:00.000Z',
        },
      },
    ),
    actor: city,
    body: { decision: 'accept' },
    records: 'ModeChangeAnswered',
  },
  {
    decision: 'supervisor',
    pilot: verifying(),
    actor: secretariat,
    body: { supervisorId: secretariat.userId, reason: 'Sam is on leave until June' },
    records: 'SupervisorChanged',
  },
  {
    decision: 'verification-response',
    pilot: pilotIn('verifier_assigned', idle),
    actor: verifier,
    body: { decision: 'accept', declaration },
    records: 'VerificationStarted',
  },
  {
    decision: 'verification-response',
    pilot: pilotIn('verifier_assigned', idle),
    actor: verifier,
    body: { decision: 'decline', reason: 'Too many assignments' },
    records: 'VerifierDeclined',
    tells: [SECRETARIAT_EMAIL],
  },
  {
    decision: 'verification-mode',
    pilot: pilotIn('data_collection', idle),
    actor: city,
    body: { mode: 'onsite' },
    records: 'VerificationModeChosen',
  },
  {
    decision: 'reviews',
    pilot: verifying(),
    actor: verifier,
    body: { items: [{ dataPointId: 'EC.ICT.ICT.1C', status: 'accepted' }] },
    records: 'DataPointsReviewed',
  },
  {
    decision: 'queries',
    pilot: verifying(),
    actor: verifier,
    body: { dataPointId: 'EC.ICT.ICT.1C', question: 'Which survey gave this?' },
    records: 'QueryRaised',
    tells: [CITY_EMAIL],
  },
  {
    decision: 'query-answer',
    pilot: verifying({ queries: [openQuery] }),
    actor: city,
    params: { queryId: 'q1' },
    body: { text: 'The 2025 census, table 4' },
    records: 'QueryAnswered',
    tells: [VERIFIER_EMAIL],
  },
  {
    decision: 'query-close',
    pilot: verifying({ queries: [openQuery] }),
    actor: verifier,
    params: { queryId: 'q1' },
    body: { resolution: 'Source confirmed' },
    records: 'QueryClosed',
  },
  {
    decision: 'interviews',
    pilot: verifying(),
    actor: verifier,
    body: interview,
    records: 'InterviewLogged',
  },
  {
    decision: 'submission-return',
    pilot: verifying(),
    actor: verifier,
    body: { reason: 'The totals do not add up' },
    records: 'SubmissionReturned',
    tells: [CITY_EMAIL, SECRETARIAT_EMAIL],
  },
  {
    decision: 'conclusion',
    pilot: verifying(),
    actor: verifier,
    body: sampleConclusion,
    arrange: resultsStored,
    records: 'ConclusionSubmitted',
    tells: [SUPERVISOR_EMAIL],
  },
  {
    decision: 'conclusion-decision',
    pilot: concluded,
    actor: supervisor,
    body: { decision: 'approve' },
    records: 'VerificationConcluded',
    tells: [CITY_EMAIL, VERIFIER_EMAIL],
  },
  {
    decision: 'conclusion-decision',
    pilot: concluded,
    actor: supervisor,
    body: { decision: 'return', comments: 'Add the sources of the mode shares' },
    records: 'ConclusionReturned',
    tells: [VERIFIER_EMAIL],
  },
  {
    decision: 'draft-review',
    pilot: inDraftReview(),
    actor: city,
    body: { decision: 'accept', section: 'summary' },
    records: 'DraftSectionAccepted',
  },
  {
    decision: 'draft-review',
    pilot: inDraftReview(),
    actor: city,
    body: { decision: 'comment', section: 'nextSteps', text: 'Name the office that follows up.' },
    records: 'DraftReportCommented',
    tells: [VERIFIER_EMAIL],
  },
  {
    decision: 'draft-comment-answer',
    pilot: inDraftReview([{ commentId: 'c9', section: 'nextSteps', at: '2026-03-01T00:00:00.000Z' }]),
    actor: verifier,
    body: {
      commentId: 'c9',
      text: 'The statistics office is named now.',
      revisedText: 'Statistics office',
      revisedTextZh: '统计局',
    },
    records: 'DraftCommentAnswered',
    tells: [CITY_EMAIL],
  },
  {
    decision: 'report-issue',
    pilot: inDraftReview([], '2020-01-01T00:00:00.000Z'),
    actor: verifier,
    records: 'DraftReviewClosed',
    starts: 'reporting',
  },
  {
    decision: 'dataset-unlock',
    pilot: pilotIn('verified', idle),
    actor: secretariat,
    body: { reason: 'The city reported a typo in the GDP' },
    records: 'DatasetUnlocked',
    tells: [VERIFIER_EMAIL, SECRETARIAT_EMAIL],
  },
  {
    decision: 'publication-consent',
    pilot: certified,
    actor: city,
    body: { report: 'publish', snapshot: 'withhold' },
    records: 'PublicationConsentChanged',
  },
  {
    decision: 'certification',
    pilot: reportedAndVerified(),
    actor: secretariat,
    body: {},
    arrange: (deps, pilot) => storeDataset(deps, everythingReported(pilot.pilotId)),
    records: 'CertificationRequested',
    starts: 'certification',
  },
  {
    decision: 'certificate-revocation',
    pilot: certified,
    actor: secretariat,
    body: { reason: 'Data found to be falsified' },
    records: 'CertificateRevoked',
  },
  {
    decision: 'withdrawal',
    pilot: pilotIn('data_collection', idle),
    actor: city,
    body: { reason: 'No budget this year' },
    records: 'PilotWithdrawn',
    tells: [SECRETARIAT_EMAIL],
  },
  {
    decision: 'deadline',
    pilot: pilotIn('data_collection', idle),
    actor: secretariat,
    body: { dueAt: '2026-08-01T00:00:00.000Z', reason: 'Municipal elections' },
    records: 'DeadlineExtended',
  },
  {
    decision: 'internal-notes',
    pilot: verifying(),
    actor: supervisor,
    body: { text: 'Ask for the household survey before you accept ICT.1C' },
    records: 'InternalNoteAdded',
  },
  {
    decision: 'deadline-confirmation',
    pilot: pilotIn('data_collection', idle),
    actor: city,
    body: {},
    records: 'DeadlineConfirmed',
  },
  {
    decision: 'deadline-agreement',
    pilot: pilotIn('data_collection', idle),
    actor: secretariat,
    body: { reason: 'Agreed on a call with the city' },
    records: 'DeadlineAgreementRecorded',
  },
  {
    decision: 'extension-request',
    pilot: pilotIn('data_collection', idle),
    actor: city,
    body: { dueAt: '2026-08-01T00:00:00.000Z', reason: 'Municipal elections' },
    records: 'ExtensionRequested',
  },
  {
    decision: 'extension-decision',
    pilot: pilotIn('data_collection', { ...idle, deadline: extensionAsked }),
    actor: secretariat,
    body: { decision: 'grant', reason: 'Elections are a fair reason' },
    records: 'DeadlineExtended',
  },
  {
    decision: 'stage-retry',
    pilot: pilotIn('accepted'),
    actor: secretariat,
    body: {},
    records: 'StageRetryRequested',
    starts: 'reporting',
  },
  {
    decision: 'self-assessment',
    pilot: pilotIn('data_collection', idle),
    actor: city,
    body: { answers: [{ characteristicId: 'strategy', level: '3', evidence: 'The 2025 smart-city plan' }] },
    records: 'SelfAssessmentSubmitted',
  },
  {
    decision: 'initiatives',
    pilot: certified,
    actor: city,
    body: {
      initiatives: [
        {
          name: 'Fibre to every school',
          description: 'Every school on fixed broadband by 2027.',
          kpiIds: ['EC: ICT: ICT: 1C'],
          sdgTargets: ['9.5'],
        },
      ],
    },
    records: 'SmartInitiativesRecorded',
  },
  { decision: 'factsheet-request', pilot: certified, actor: city, body: {}, records: 'FactsheetRequested' },
  {
    decision: 'factsheet',
    pilot: {
      ...certified,
      factsheet: { requestedAt: '2026-03-01T00:00:00.000Z' },
      selfAssessment: {
        entries: [{ characteristicId: 'strategy', answer: { kind: 'level', level: 2 }, evidence: 'Plan' }],
        at: '2026-02-25T00:00:00.000Z',
      },
      documents: [
        {
          kind: 'score',
          key: SCORE_KEY,
          contentType: 'application/json',
          createdAt: '2026-02-27T00:00:00.000Z',
        },
      ],
    },
    actor: secretariat,
    body: {},
    arrange: async (deps) => {
      await deps.documents.put(SCORE_KEY, Buffer.from(JSON.stringify(score)), 'application/json');
      return {};
    },
    records: 'FactsheetProduced',
  },
  {
    decision: 'case-studies',
    pilot: certified,
    actor: city,
    body: sampleCaseStudy,
    records: 'CaseStudySaved',
  },
  {
    decision: 'case-study-submission',
    pilot: { ...certified, ...withCaseStudy('draft') },
    actor: city,
    body: { number: 1 },
    records: 'CaseStudySubmitted',
    tells: [SECRETARIAT_EMAIL],
  },
  {
    decision: 'case-study-review',
    pilot: { ...certified, ...withCaseStudy('submitted') },
    actor: secretariat,
    body: { decision: 'accept', number: 1 },
    records: 'CaseStudyReviewed',
    tells: [CITY_EMAIL],
  },
  {
    decision: 'case-study-review',
    pilot: { ...certified, ...withCaseStudy('submitted') },
    actor: secretariat,
    body: { decision: 'return', number: 1, reason: 'Name the survey behind the figures' },
    records: 'CaseStudyReviewed',
    tells: [CITY_EMAIL],
  },
  {
    decision: 'case-study-publication',
    pilot: {
      ...certified,
      ...withCaseStudy('accepted'),
      publication: { ...certified.publication, caseStudies: 'publish' },
    },
    actor: city,
    body: { number: 1 },
    records: 'CaseStudyPublished',
  },
  {
    decision: 'costs',
    pilot: verifying({}, { verificationMode: 'onsite' }),
    actor: verifier,
    body: { currency: 'CHF', fee: 6000, travel: 1200, lodging: 900, perDiem: 450 },
    records: 'CostsQuoted',
  },
  {
    decision: 'costs-answer',
    pilot: verifying({}, quotedCosts('quoted')),
    actor: city,
    body: { decision: 'accept', quoteId: 'c4' },
    records: 'CostsAnswered',
  },
  {
    decision: 'costs-invoice',
    pilot: verifying({}, quotedCosts('accepted')),
    actor: secretariat,
    body: { quoteId: 'c4', reference: 'INV-2026-7' },
    records: 'CostsInvoiced',
  },
  {
    decision: 'costs-payment',
    pilot: verifying({}, quotedCosts('invoiced')),
    actor: verifier,
    body: { quoteId: 'c4' },
    records: 'CostsPaid',
  },
  {
    decision: 'clarifications',
    pilot: pilotIn('data_collection', idle),
    actor: city,
    body: { kpiId: 'EC.ICT.ICT.1C', question: 'Does a mobile connection count?' },
    records: 'ClarificationOpened',
  },
  {
    decision: 'clarification-reply',
    pilot: pilotIn('data_collection', { ...idle, clarifications: [openThread] }),
    actor: secretariat,
    body: { threadId: 'k3', text: 'Yes, when it is the household’s own.' },
    records: 'ClarificationReplied',
  },
  {
    decision: 'clarification-close',
    pilot: pilotIn('data_collection', { ...idle, clarifications: [openThread] }),
    actor: city,
    body: { threadId: 'k3', resolution: 'Answered, thank you' },
    records: 'ClarificationClosed',
  },
  {
    decision: 'calls',
    pilot: pilotIn('data_collection', idle),
    actor: city,
    body: { topic: 'The transport KPIs', proposedTimes: ['2099-03-10T09:00:00.000Z'] },
    records: 'CallRequested',
  },
  {
    decision: 'call-answer',
    pilot: pilotIn('data_collection', { ...idle, calls: [requestedCall] }),
    actor: secretariat,
    body: { decision: 'accept', callId: 'call3', time: '2099-03-10T09:00:00.000Z' },
    records: 'CallAnswered',
  },
];

/** A fresh store with the verifier registered, the case's pilot seeded and its files in place; nothing decided. */
export async function arrangeCase(c: DecisionCase) {
  const deps = memoryDeps();
  await deps.verifiers.putVerifier(registeredVerifier);
  await deps.tables.putTable('staff', staffDirectory);
  const pilot = await deps.pilots.seed(c.pilot);
  const added = (await c.arrange?.(deps, pilot)) ?? {};
  const request = {
    pilotId: pilot.pilotId,
    decision: c.decision,
    body: { ...c.body, ...added },
    params: c.params,
  };
  return { deps, pilot, request };
}
