// Confidentiality inside a pilot: which events of its log and which parts of its view each role may read. The
// city never reads the verification team's internal exchanges (notes, draft conclusions and their return) nor the
// reviews before the verification is concluded; only the secretariat reads a verifier's reasons for declining.
import type { Actor } from '../actors.ts';
import type { EventType, PilotEvent } from './events.ts';
import type { Pilot } from './pilot.ts';
import type { Stage } from './stages.ts';

/**
 * Who reads an event: everyone on the pilot; the verification team (secretariat and verifier); the city too once
 * the verification is concluded; or the secretariat alone.
 */
export type EventAudience = 'pilot' | 'team' | 'released' | 'secretariat';

export const eventAudience: Record<EventType, EventAudience> = {
  LetterOfIntentSubmitted: 'pilot',
  LetterOfIntentChecked: 'pilot',
  SignedLetterAttached: 'pilot',
  LetterOfIntentAccepted: 'pilot',
  LetterOfIntentDeclined: 'pilot',
  TemplateIssued: 'pilot',
  DataCollectionOpened: 'pilot',
  DeadlineConfirmed: 'pilot',
  DeadlineAgreementRecorded: 'pilot',
  ExtensionRequested: 'pilot',
  ExtensionDeclined: 'pilot',
  DeadlineExtended: 'pilot',
  SubmissionReceived: 'pilot',
  SubmissionValidated: 'pilot',
  SubmissionRejected: 'pilot',
  UploadRejected: 'pilot',
  VerificationModeChosen: 'pilot',
  ModeChangeProposed: 'pilot',
  ModeChangeAnswered: 'pilot',
  VerifierAssigned: 'pilot',
  SupervisorChanged: 'pilot',
  VerificationTaskSent: 'pilot',
  VerificationStarted: 'pilot',
  DataPointsReviewed: 'released',
  QueryRaised: 'pilot',
  QueryAnswered: 'pilot',
  QueryClosed: 'pilot',
  // The city took part in the interview; its minutes are shared with it.
  InterviewLogged: 'pilot',
  ConclusionSubmitted: 'team',
  ConclusionReturned: 'team',
  InternalNoteAdded: 'team',
  DatasetUnlocked: 'team',
  VerifierDeclined: 'secretariat',
  SubmissionReturned: 'pilot',
  VerificationConcluded: 'pilot',
  // The draft report is the city's to review once the supervisor approved it.
  DraftSectionAccepted: 'pilot',
  DraftReportCommented: 'pilot',
  DraftCommentAnswered: 'pilot',
  DraftReviewClosed: 'pilot',
  ReportIssued: 'pilot',
  CertificationRequested: 'pilot',
  CertificateIssued: 'pilot',
  CertificateRevoked: 'pilot',
  PublicationConsentChanged: 'pilot',
  SelfAssessmentSubmitted: 'pilot',
  SmartInitiativesRecorded: 'pilot',
  FactsheetRequested: 'pilot',
  FactsheetProduced: 'pilot',
  // A case study is the city's to share: everyone on the pilot reads its drafts and the review, the public only
  // what is published with consent.
  CaseStudySaved: 'pilot',
  CaseStudySubmitted: 'pilot',
  CaseStudyReviewed: 'pilot',
  CaseStudyPublished: 'pilot',
  PilotWithdrawn: 'pilot',
  // The costs are the city's, its verifier's and the secretariat's: everyone on the pilot, never the public.
  CostsQuoted: 'pilot',
  CostsAnswered: 'pilot',
  CostsInvoiced: 'pilot',
  CostsPaid: 'pilot',
  // The city asks the secretariat; the verifier who later checks the data may read what was clarified.
  ClarificationOpened: 'pilot',
  ClarificationReplied: 'pilot',
  ClarificationClosed: 'pilot',
  CallRequested: 'pilot',
  CallAnswered: 'pilot',
  StageFailed: 'pilot',
  StageRetryRequested: 'pilot',
  ReminderSent: 'pilot',
};

/** Once the supervisor approved the conclusion, the reviews are the verified result and the city reads them. */
const releasedStages: readonly Stage[] = ['verified', 'reported', 'certified'];
export const reviewsReleased = (pilot: Pick<Pilot, 'stage'>) => releasedStages.includes(pilot.stage);

/** Whether the actor, who may access the pilot, reads an event of this type on it now. */
export function readsEvent(
  actor: Pick<Actor, 'role'>,
  pilot: Pick<Pilot, 'stage'>,
  type: EventType,
): boolean {
  const audience = eventAudience[type];
  switch (actor.role) {
    case 'secretariat':
    case 'system':
      return true;
    case 'verifier':
      return audience !== 'secretariat';
    case 'city':
      return audience === 'pilot' || (audience === 'released' && reviewsReleased(pilot));
  }
}

export function visibleTimeline(
  actor: Pick<Actor, 'role'>,
  pilot: Pilot,
  events: PilotEvent[],
): PilotEvent[] {
  return events.filter((event) => readsEvent(actor, pilot, event.type));
}

/** The pilot's view with what the actor may not read taken out (the same rules as for its events). */
export function visiblePilotView(actor: Pick<Actor, 'role'>, pilot: Pilot): Pilot {
  if (actor.role === 'secretariat' || actor.role === 'system') return pilot;
  const withoutRecusals = { ...pilot, declinedVerifierIds: [] };
  if (actor.role === 'verifier' || !pilot.verification) return withoutRecusals;
  const { conclusion: _draft, ...verification } = pilot.verification;
  return {
    ...withoutRecusals,
    verification: {
      ...verification,
      reviews: reviewsReleased(pilot) ? verification.reviews : {},
    },
  };
}
