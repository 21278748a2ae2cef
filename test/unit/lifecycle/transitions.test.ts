import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../../core/actors.ts';
import { ForbiddenError, ForbiddenTransitionError, InvalidRequestError } from '../../../core/errors.ts';
import { type CommandName, commandNames, commands } from '../../../core/lifecycle/commands.ts';
import { allowedNextSteps, decide, decideNewPilot } from '../../../core/lifecycle/decide.ts';
import type { PilotEvent } from '../../../core/lifecycle/events.ts';
import { applyEvent, type Pilot } from '../../../core/lifecycle/pilot.ts';
import { stages } from '../../../core/lifecycle/stages.ts';
import { emptyVerification } from '../../../core/lifecycle/verification-schemas.ts';
import { maturityCharacteristics } from '../../../core/template/maturity.ts';
import { sampleCaseStudy, withCaseStudy } from '../../support/case-studies.ts';
import { extensionAsked as extensionAskedView } from '../../support/decision-cases.ts';
import {
  city,
  letter,
  otherCity,
  otherVerifier,
  pilotIn,
  secretariat,
  signedUndertaking,
  system,
  verifier,
} from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');
const actorFor: Record<Role, Actor> = { secretariat, city, verifier, system };
const summary = { errors: 0, warnings: 1, reported: 100, notReported: 32 };
const doc = { kind: 'verification_report', key: 'reports/x.pdf', contentType: 'application/pdf' };

const samplePayloads: Record<CommandName, unknown> = {
  submitLetterOfIntent: { cityId: 'aurora', letter },
  recordIntakeChecks: { checks: [{ check: 'vision_described', passed: true }] },
  acceptLetter: {},
  declineLetter: { reason: 'Out of scope' },
  issueTemplate: { templateId: 't1', key: 'templates/x.xlsx', catalogueVersion: '1.0.0' },
  openDataCollection: { collectionMonths: 6 },
  receiveSubmission: { version: 2, uploadId: 'u2', key: 'submissions/y', size: 100 },
  rejectUpload: { uploadId: 'u3', reason: 'Not a workbook' },
  passValidation: { version: 1, summary, resultsKey: 'r' },
  failValidation: { version: 1, summary, resultsKey: 'r' },
  assignVerifier: { verifierId: 'verifier', supervisorId: 'supervisor', mode: 'remote' },
  recordTaskSent: { verifierId: 'verifier' },
  acceptAssignment: {
    declaration: {
      noConflictOfInterest: true,
      statement: 'I have no ties with the city.',
      confidentiality: signedUndertaking,
    },
  },
  declineAssignment: { reason: 'Conflict of interest' },
  returnSubmission: { reason: 'Please correct the mode shares' },
  chooseVerificationMode: { mode: 'onsite' },
  reviewDataPoints: { items: [{ dataPointId: 'EC.ICT.ICT.1C', status: 'accepted' }] },
  raiseQuery: { dataPointId: 'EC.ICT.ICT.1C', question: 'Which survey gave the household count?' },
  answerQuery: { queryId: 'q1', text: 'The 2025 census.' },
  closeQuery: { queryId: 'q1', resolution: 'Source confirmed' },
  logInterview: {
    date: '2026-03-01',
    mode: 'remote',
    attendees: ['Statistics office'],
    topics: ['ICT KPIs'],
  },
  submitConclusion: {
    summary: 'All core KPIs verified against sources.',
    auditResults: [],
    proposals: [],
    advice: [],
    datasetHash: 'a'.repeat(64),
  },
  approveConclusion: { draftReviewDays: 14 },
  acceptDraftSection: { section: 'summary' },
  commentOnDraft: { section: 'nextSteps', text: 'Name the office that follows up.' },
  answerDraftComment: {
    commentId: 'c1',
    text: 'Added the statistics office.',
    revisedText: 'Statistics office',
    revisedTextZh: '统计局',
  },
  closeDraftReview: {},
  returnConclusion: { comments: 'Add the mode share sources' },
  unlockDataset: { reason: 'A correction was found after approval' },
  issueReport: { documents: [doc] },
  requestCertification: {},
  issueCertificate: { certificateNumber: 'U4SSC-2026-X', datasetHash: 'abc', document: doc },
  withdraw: { reason: 'Budget cuts' },
  revokeCertificate: { reason: 'The dataset was found to be falsified' },
  setPublicationConsent: { report: 'publish', snapshot: 'withhold' },
  attachSignedLetter: {
    uploadId: 'e1',
    fileName: 'signed.pdf',
    size: 2048,
    document: { kind: 'signed_letter_of_intent', key: 'letters/p1/e1.pdf', contentType: 'application/pdf' },
  },
  extendDeadline: { dueAt: '2026-09-01T00:00:00.000Z', reason: 'Data office moved' },
  confirmDeadline: {},
  proposeModeChange: { mode: 'onsite', reason: 'The city wants a site visit' },
  acceptModeChange: {},
  declineModeChange: { reason: 'Travel is not possible this year' },
  changeSupervisor: { supervisorId: 'secretariat', reason: 'Sam is on leave until June' },
  addInternalNote: { text: 'Check the ICT sources twice' },
  recordDeadlineAgreement: { reason: 'Agreed by e-mail with the city and the verifier' },
  requestExtension: { dueAt: '2026-08-01T00:00:00.000Z', reason: 'Municipal elections' },
  submitSelfAssessment: {
    entries: maturityCharacteristics.map((c) => ({
      characteristicId: c.id,
      answer: { kind: 'cannotAssess' },
    })),
  },
  recordInitiatives: {
    initiatives: [
      { name: 'Fibre to every school', description: 'Broadband.', kpiIds: ['EC.ICT.ICT.1C'], sdgTargets: [] },
    ],
  },
  requestFactsheet: {},
  produceFactsheet: { document: { ...doc, kind: 'factsheet' } },
  saveCaseStudy: sampleCaseStudy,
  submitCaseStudy: { number: 1 },
  acceptCaseStudy: { number: 1 },
  returnCaseStudy: { number: 1, reason: 'Name the survey behind the figures' },
  publishCaseStudy: { number: 1 },
  grantExtension: { reason: 'Elections are a fair reason' },
  declineExtension: { reason: 'The data exist already' },
  recordStageFailure: { machine: 'reporting', error: 'Boom', cause: 'x' },
  retryStage: {},
  sendReminder: { kind: 'due_soon', dueAt: '2026-07-01T00:00:00.000Z' },
  quoteCosts: { currency: 'CHF', fee: 4000 },
  acceptCosts: { quoteId: 'c4' },
  declineCosts: { quoteId: 'c4', reason: 'Above our budget' },
  recordCostInvoice: { quoteId: 'c4', reference: 'INV-2026-7' },
  recordCostPayment: { quoteId: 'c4' },
  openClarification: { kpiId: 'EC.ICT.ICT.1C', question: 'Does a mobile connection count?' },
  replyToClarification: { threadId: 'k3', text: 'Yes, if it is the household’s.' },
  closeClarification: { threadId: 'k3', resolution: 'Answered' },
  requestCall: { topic: 'The transport KPIs', proposedTimes: ['2026-03-10T09:00:00.000Z'] },
  acceptCall: { callId: 'call3', time: '2026-03-10T09:00:00.000Z' },
  declineCall: { callId: 'call3', reason: 'Please ask in writing first' },
};

const stageCommands = commandNames.filter((c) => c !== 'submitLetterOfIntent');
const openQuery = {
  queryId: 'q1',
  dataPointId: 'EC.ICT.ICT.1C',
  question: 'Source?',
  raisedAt: 'x',
  dueAt: 'y',
  status: 'open' as const,
  answers: 0,
};
const byVerifier = { userId: 'verifier', role: 'verifier', at: '2026-02-20T00:00:00.000Z' };
const submitted = { status: 'submitted' as const, at: 'x', datasetVersion: 1, datasetHash: 'h' };
const extensionAsked = { deadline: extensionAskedView };
const onsiteProposed = {
  mode: 'onsite' as const,
  reason: 'A site visit is needed',
  role: 'secretariat',
  userId: 'secretariat',
  at: '2026-03-01T00:00:00.000Z',
};
/** Verification state each command's guard needs, so that only the stage decides in the table test. */
const fixtures: Partial<Record<CommandName, Partial<Pilot>>> = {
  answerQuery: { verification: { ...emptyVerification(), queries: [openQuery] } },
  closeQuery: { verification: { ...emptyVerification(), queries: [openQuery] } },
  approveConclusion: { verification: { ...emptyVerification(), conclusion: submitted } },
  returnConclusion: { verification: { ...emptyVerification(), conclusion: submitted } },
  grantExtension: extensionAsked,
  acceptModeChange: { modeChange: onsiteProposed },
  declineModeChange: { modeChange: onsiteProposed },
  declineExtension: extensionAsked,
  produceFactsheet: { factsheet: { requestedAt: '2026-02-20T00:00:00.000Z' } },
  submitCaseStudy: withCaseStudy('draft'),
  acceptCaseStudy: withCaseStudy('submitted'),
  returnCaseStudy: withCaseStudy('submitted'),
  publishCaseStudy: {
    ...withCaseStudy('accepted'),
    publication: { ...pilotIn('certified').publication, caseStudies: 'publish' },
  },
  acceptDraftSection: { draftReview: { endsAt: '2026-03-15T00:00:00.000Z', accepted: [], comments: [] } },
  commentOnDraft: { draftReview: { endsAt: '2026-03-15T00:00:00.000Z', accepted: [], comments: [] } },
  answerDraftComment: {
    draftReview: {
      endsAt: '2026-03-15T00:00:00.000Z',
      accepted: [],
      comments: [{ commentId: 'c1', section: 'nextSteps', at: '2026-03-01T00:00:00.000Z' }],
    },
  },
  closeDraftReview: { draftReview: { endsAt: '2026-02-15T00:00:00.000Z', accepted: [], comments: [] } },
};
/** The costs quoted (c4) for the remote verification in force, at the given status. */
const costsAt = (status: NonNullable<Pilot['costs']>['status']): Partial<Pilot> => ({
  verificationMode: 'remote',
  costs: {
    quote: { quoteId: 'c4', mode: 'remote', currency: 'CHF', fee: 4000, total: 4000, ...byVerifier },
    status,
  },
});
const thread = {
  threadId: 'k3',
  kpiId: 'EC.ICT.ICT.1C',
  question: 'Does a mobile connection count?',
  userId: 'aurora',
  openedAt: 'x',
  status: 'open' as const,
  replies: 0,
  waitingOn: 'secretariat' as const,
  lastAt: 'x',
};
const call = {
  callId: 'call3',
  topic: 'The transport KPIs',
  proposedTimes: ['2026-03-10T09:00:00.000Z'],
  userId: 'aurora',
  requestedAt: 'x',
  status: 'requested' as const,
};
Object.assign(fixtures, {
  quoteCosts: { verificationMode: 'remote' },
  acceptCosts: costsAt('quoted'),
  declineCosts: costsAt('quoted'),
  recordCostInvoice: costsAt('accepted'),
  recordCostPayment: costsAt('invoiced'),
  replyToClarification: { clarifications: [thread] },
  closeClarification: { clarifications: [thread] },
  acceptCall: { calls: [call] },
  declineCall: { calls: [call] },
} satisfies typeof fixtures);
const supervisor: Actor = { userId: 'supervisor', role: 'secretariat' };
const actorOf = (command: CommandName): Actor =>
  command === 'approveConclusion' || command === 'returnConclusion'
    ? supervisor
    : actorFor[commands[command].actors[0]!];

describe('lifecycle transitions', () => {
  for (const command of stageCommands) {
    const def = commands[command];
    const actor = actorOf(command);
    for (const stage of stages) {
      const allowed = def.from.includes(stage);
      it(`${allowed ? 'allows' : 'forbids'} ${command} by ${actor.role} in stage ${stage}`, () => {
        const pilot = pilotIn(stage, fixtures[command]);
        const attempt = () => decide(pilot, command, samplePayloads[command], actor, now);
        if (!allowed) return expect(attempt).toThrow(ForbiddenTransitionError);
        const event = attempt();
        const after = applyEvent(pilot, {
          ...event,
          pilotId: pilot.pilotId,
          seq: pilot.version + 1,
          at: now.toISOString(),
          actor,
        } as PilotEvent);
        expect(event.type).toBe(def.eventType);
        expect(after.stage).toBe(def.keepsStageIn?.includes(stage) ? stage : (def.to ?? stage));
      });
    }
  }

  it('names the current stage and the allowed next steps when a transition is forbidden', () => {
    const attempt = () => decide(pilotIn('data_collection'), 'acceptLetter', {}, secretariat, now);

    expect(attempt).toThrow(
      /stage "data_collection".*Allowed next steps: .*withdraw from the pilot \(city\)/,
    );
  });

  it.each(stageCommands)('refuses %s from a role the table does not list', (command) => {
    const def = commands[command];
    const outsider = (['secretariat', 'city', 'verifier', 'system'] as Role[]).find(
      (r) => !def.actors.includes(r),
    )!;
    const stage = def.from[0] ?? 'loi_received';

    expect(() => decide(pilotIn(stage), command, samplePayloads[command], actorFor[outsider], now)).toThrow(
      ForbiddenError,
    );
  });

  it('refuses a city acting on another city’s pilot', () => {
    expect(() =>
      decide(pilotIn('data_collection'), 'withdraw', { reason: 'Not ours' }, otherCity, now),
    ).toThrow(ForbiddenError);
  });

  it('refuses a verifier who is not assigned to the pilot', () => {
    expect(() => decide(pilotIn('verifier_assigned'), 'acceptAssignment', {}, otherVerifier, now)).toThrow(
      ForbiddenError,
    );
  });

  it('rejects a payload that breaks the schema with the failing fields', () => {
    const attempt = () => decide(pilotIn('loi_received'), 'declineLetter', { reason: '' }, secretariat, now);

    expect(attempt).toThrow(InvalidRequestError);
    try {
      attempt();
    } catch (error) {
      expect((error as InvalidRequestError).details?.issues).toEqual([
        expect.objectContaining({ path: 'reason' }),
      ]);
    }
  });
});

describe('transition guards', () => {
  it('refuses a supervisor who is also the verifier', () => {
    const payload = { verifierId: 'verifier', supervisorId: 'verifier', mode: 'onsite' };
    expect(() => decide(pilotIn('validated'), 'assignVerifier', payload, secretariat, now)).toThrow(
      /cannot be the verifier/,
    );
  });

  it('refuses a deadline extension that is not later than the current deadline', () => {
    const payload = { dueAt: '2026-06-01T00:00:00.000Z', reason: 'Earlier' };
    expect(() => decide(pilotIn('data_collection'), 'extendDeadline', payload, secretariat, now)).toThrow(
      /must be after/,
    );
  });

  it('refuses a deadline extension in a stage without a deadline', () => {
    const payload = { dueAt: '2027-01-01T00:00:00.000Z', reason: 'Later' };
    const attempt = () =>
      decide(pilotIn('validated', { dueAt: undefined }), 'extendDeadline', payload, secretariat, now);
    expect(attempt).toThrow(/no deadline/);
  });

  it('refuses to conclude a verification without a validated submission', () => {
    const pilot = pilotIn('in_verification', { submissions: [] });
    expect(() => decide(pilot, 'submitConclusion', samplePayloads.submitConclusion, verifier, now)).toThrow(
      /no validated submission/,
    );
  });

  it('refuses a retry when no stage failed or one is still running', () => {
    expect(() =>
      decide(pilotIn('verified', { lastFailure: undefined }), 'retryStage', {}, secretariat, now),
    ).toThrow(/No stage has failed/);
    const running = pilotIn('verified', {
      pendingRun: { machine: 'reporting', executionName: 'x', since: 'y' },
    });
    expect(() => decide(running, 'retryStage', {}, secretariat, now)).toThrow(/already running/);
  });

  it('refuses a reminder that was already sent for the same deadline', () => {
    const pilot = pilotIn('data_collection', { remindersSent: ['due_soon@2026-07-01T00:00:00.000Z'] });
    expect(() => decide(pilot, 'sendReminder', samplePayloads.sendReminder, system, now)).toThrow(
      /already sent/,
    );
  });

  it('sets the submission deadline the given number of months after data collection opens', () => {
    const event = decide(
      pilotIn('template_issued'),
      'openDataCollection',
      { collectionMonths: 6 },
      system,
      now,
    );
    expect(event.data).toEqual({ dueAt: '2026-09-01T00:00:00.000Z', collectionMonths: 6 });
  });
});

describe('opening a pilot', () => {
  it('lets a city submit a letter for itself', () => {
    expect(decideNewPilot({ cityId: 'aurora', letter }, city).type).toBe('LetterOfIntentSubmitted');
  });

  it('refuses a city submitting a letter for another city', () => {
    expect(() => decideNewPilot({ cityId: 'borealis', letter }, city)).toThrow(ForbiddenError);
  });

  it('refuses a verifier submitting a letter', () => {
    expect(() => decideNewPilot({ cityId: 'aurora', letter }, verifier)).toThrow(ForbiddenError);
  });

  it('requires the methodology confirmation', () => {
    expect(() =>
      decideNewPilot({ cityId: 'aurora', letter: { ...letter, reviewedMethodology: false } }, city),
    ).toThrow(InvalidRequestError);
  });
});

describe('allowed next steps', () => {
  it('lists only the human steps of the stage for a role', () => {
    const steps = allowedNextSteps(pilotIn('loi_received'), 'secretariat').map((s) => s.command);
    expect(steps).toEqual([
      'acceptLetter',
      'declineLetter',
      'attachSignedLetter',
      'retryStage',
      'recordDeadlineAgreement',
      'grantExtension',
      'declineExtension',
      'extendDeadline',
      'acceptCaseStudy',
      'returnCaseStudy',
    ]);
  });
});
