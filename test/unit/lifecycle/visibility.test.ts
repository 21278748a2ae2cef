// Confidentiality inside a pilot, as a matrix over every event kind and role, before and after the verification is
// concluded; and the pilot's view with the same parts taken out.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import { type EventType, eventDataSchemas } from '../../../core/lifecycle/events.ts';
import { emptyVerification } from '../../../core/lifecycle/verification-schemas.ts';
import { readsEvent, visiblePilotView } from '../../../core/lifecycle/visibility.ts';
import { city, pilotIn, secretariat, verifier } from '../../support/pilots.ts';

const roles: Record<string, Actor> = { C: city, V: verifier, S: secretariat };

/** Who reads each kind while verifying | once concluded: C city, V its verifier, S secretariat. Written out by hand. */
const expected: Record<EventType, string> = {
  LetterOfIntentSubmitted: 'CVS|CVS',
  LetterOfIntentChecked: 'CVS|CVS',
  SignedLetterAttached: 'CVS|CVS',
  LetterOfIntentAccepted: 'CVS|CVS',
  LetterOfIntentDeclined: 'CVS|CVS',
  TemplateIssued: 'CVS|CVS',
  DataCollectionOpened: 'CVS|CVS',
  DeadlineConfirmed: 'CVS|CVS',
  DeadlineAgreementRecorded: 'CVS|CVS',
  ExtensionRequested: 'CVS|CVS',
  ExtensionDeclined: 'CVS|CVS',
  DeadlineExtended: 'CVS|CVS',
  SubmissionReceived: 'CVS|CVS',
  SubmissionValidated: 'CVS|CVS',
  SubmissionRejected: 'CVS|CVS',
  UploadRejected: 'CVS|CVS',
  VerificationModeChosen: 'CVS|CVS',
  ModeChangeProposed: 'CVS|CVS',
  ModeChangeAnswered: 'CVS|CVS',
  VerifierAssigned: 'CVS|CVS',
  SupervisorChanged: 'CVS|CVS',
  VerificationTaskSent: 'CVS|CVS',
  VerificationStarted: 'CVS|CVS',
  DataPointsReviewed: 'VS|CVS',
  QueryRaised: 'CVS|CVS',
  QueryAnswered: 'CVS|CVS',
  QueryClosed: 'CVS|CVS',
  InterviewLogged: 'CVS|CVS',
  ConclusionSubmitted: 'VS|VS',
  ConclusionReturned: 'VS|VS',
  InternalNoteAdded: 'VS|VS',
  DatasetUnlocked: 'VS|VS',
  VerifierDeclined: 'S|S',
  SubmissionReturned: 'CVS|CVS',
  VerificationConcluded: 'CVS|CVS',
  DraftSectionAccepted: 'CVS|CVS',
  DraftReportCommented: 'CVS|CVS',
  DraftCommentAnswered: 'CVS|CVS',
  DraftReviewClosed: 'CVS|CVS',
  ReportIssued: 'CVS|CVS',
  CertificationRequested: 'CVS|CVS',
  CertificateIssued: 'CVS|CVS',
  CertificateRevoked: 'CVS|CVS',
  PublicationConsentChanged: 'CVS|CVS',
  SelfAssessmentSubmitted: 'CVS|CVS',
  SmartInitiativesRecorded: 'CVS|CVS',
  FactsheetRequested: 'CVS|CVS',
  FactsheetProduced: 'CVS|CVS',
  CaseStudySaved: 'CVS|CVS',
  CaseStudySubmitted: 'CVS|CVS',
  CaseStudyReviewed: 'CVS|CVS',
  CaseStudyPublished: 'CVS|CVS',
  PilotWithdrawn: 'CVS|CVS',
  CostsQuoted: 'CVS|CVS',
  CostsAnswered: 'CVS|CVS',
  CostsInvoiced: 'CVS|CVS',
  CostsPaid: 'CVS|CVS',
  ClarificationOpened: 'CVS|CVS',
  ClarificationReplied: 'CVS|CVS',
  ClarificationClosed: 'CVS|CVS',
  CallRequested: 'CVS|CVS',
  CallAnswered: 'CVS|CVS',
  StageFailed: 'CVS|CVS',
  StageRetryRequested: 'CVS|CVS',
  ReminderSent: 'CVS|CVS',
};

const readers = (type: EventType, stage: 'in_verification' | 'reported') =>
  Object.entries(roles)
    .filter(([, actor]) => readsEvent(actor, pilotIn(stage), type))
    .map(([letter]) => letter)
    .join('');

describe('who reads each kind of event', () => {
  it('has an expectation for every kind the log records', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(eventDataSchemas).sort());
  });

  it.each(Object.keys(eventDataSchemas) as EventType[])('%s', (type) => {
    expect(`${readers(type, 'in_verification')}|${readers(type, 'reported')}`).toBe(expected[type]);
  });
});

describe("the pilot's view", () => {
  const review = { status: 'rejected' as const, note: 'Untraceable', at: 'x', by: 'verifier' };
  const conclusion = {
    status: 'returned' as const,
    at: 'x',
    datasetVersion: 1,
    datasetHash: 'h',
    comments: 'Redo',
  };
  const verifying = pilotIn('in_verification', {
    declinedVerifierIds: ['verifier3'],
    verification: { ...emptyVerification(), reviews: { 'EC.ICT.ICT.1C': review }, conclusion, interviews: 2 },
  });

  it('shows the city neither draft conclusion, reviews in progress nor recusals', () => {
    const seen = visiblePilotView(city, verifying);

    expect(seen.verification?.conclusion).toBeUndefined();
    expect(seen.verification?.reviews).toEqual({});
    expect(seen.declinedVerifierIds).toEqual([]);
  });

  it('shows the city the reviews once the verification is concluded', () => {
    const seen = visiblePilotView(city, { ...verifying, stage: 'reported' });

    expect(seen.verification?.reviews).toEqual({ 'EC.ICT.ICT.1C': review });
  });

  it('shows the verifier the team’s work but not who else recused, and the secretariat everything', () => {
    const byVerifier = visiblePilotView(verifier, verifying);

    expect(byVerifier.verification).toEqual(verifying.verification);
    expect(byVerifier.declinedVerifierIds).toEqual([]);
    expect(visiblePilotView(secretariat, verifying)).toEqual(verifying);
  });
});
