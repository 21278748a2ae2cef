// The one table of where each event moves a pilot: the projection folds by it, and the transition table's commands
// read their target stage from it, so the two cannot disagree.
import type { EventType } from './events.ts';
import type { Stage } from './stages.ts';

export const stageAfter: Readonly<Partial<Record<EventType, Stage>>> = {
  LetterOfIntentSubmitted: 'loi_received',
  LetterOfIntentAccepted: 'accepted',
  LetterOfIntentDeclined: 'declined',
  TemplateIssued: 'template_issued',
  DataCollectionOpened: 'data_collection',
  SubmissionReceived: 'submitted',
  SubmissionValidated: 'validated',
  SubmissionRejected: 'validation_failed',
  VerifierAssigned: 'verifier_assigned',
  VerificationStarted: 'in_verification',
  VerifierDeclined: 'validated',
  SubmissionReturned: 'data_collection',
  VerificationConcluded: 'verified',
  DatasetUnlocked: 'in_verification',
  ReportIssued: 'reported',
  CertificateIssued: 'certified',
  PilotWithdrawn: 'withdrawn',
};

/** A corrected workbook sent during verification (received, validated or rejected) leaves the pilot in it. */
const keptInVerification: ReadonlySet<EventType> = new Set([
  'SubmissionReceived',
  'SubmissionValidated',
  'SubmissionRejected',
]);

/** The stages in which an event of this type moves the pilot nowhere, although it has a target. */
export const stagesKeptBy = (type: EventType): readonly Stage[] =>
  keptInVerification.has(type) ? ['in_verification'] : [];

/** Where the pilot is after an event of this type arrives in the given stage. */
export function stageAfterEvent(current: Stage, type: EventType): Stage {
  const target = stageAfter[type];
  return target && !stagesKeptBy(type).includes(current) ? target : current;
}
