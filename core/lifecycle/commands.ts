// The lifecycle's transition table: for each command, who may issue it, from which stages, its guard and the event it records.
import * as z from 'zod';
import { externalIdSchema } from '../ids.ts';
import { caseStudyCommands } from './case-study-commands.ts';
import { clarificationCommands } from './clarification-commands.ts';
import { addMonths, define, noPayload, passThrough, reasonPayload } from './command-definition.ts';
import { costCommands } from './cost-commands.ts';
import { deadlineCommands } from './deadline-commands.ts';
import { draftReviewCommands } from './draft-review-commands.ts';
import {
  collectionMonthsSchema,
  eventDataSchemas,
  letterOfIntentInputSchema,
  submissionSummarySchema,
} from './events.ts';
import { modeCommands } from './mode-commands.ts';
import { latestValidatedVersion, type Pilot, reminderKey } from './pilot.ts';
import { activeStages, type Stage, stageMachineSchema, stages } from './stages.ts';
import { storyCommands } from './story-commands.ts';
import { verificationCommands } from './verification-commands.ts';

export type { CommandDefinition } from './command-definition.ts';

const uploadStages: readonly Stage[] = [
  'data_collection',
  'validation_failed',
  'validated',
  'in_verification',
];
/** The secretariat's appointment: the verifier and the supervising staff member, by their user ids. */
export const assignmentRequestSchema = z.strictObject({
  verifierId: externalIdSchema,
  supervisorId: externalIdSchema,
  mode: z.enum(['onsite', 'remote']),
  /** Only when the ranking excludes every candidate: why this one is appointed all the same. */
  overrideReason: reasonPayload.shape.reason.optional(),
});
/** What the appointment records: the supervisor's address is the directory's, the override its checked reason. */
const assignmentPayload = assignmentRequestSchema.omit({ overrideReason: true }).extend({
  supervisorEmail: z.email().max(254).optional(),
  override: eventDataSchemas.VerifierAssigned.shape.override,
});

const resultPayload = z.object({
  version: z.number().int().positive(),
  summary: submissionSummarySchema,
  resultsKey: z.string(),
  changedDataPoints: z.array(z.string()).default([]),
});

/** How many data points the dataset the verifier locked (or else the latest valid one) reports. */
const reportedInVerifiedDataset = (pilot: Pilot) => {
  const version = pilot.verification?.lock?.datasetVersion ?? latestValidatedVersion(pilot);
  return pilot.submissions.find((s) => s.version === version)?.summary?.reported ?? 0;
};

export const commands = {
  submitLetterOfIntent: define({
    describe: 'submit a letter of intent',
    actors: ['city', 'secretariat'],
    from: [],
    payload: z.strictObject({ cityId: externalIdSchema, letter: letterOfIntentInputSchema }),
    eventType: 'LetterOfIntentSubmitted',
    data: passThrough,
  }),
  recordIntakeChecks: define({
    describe: 'record the intake checks of the letter',
    actors: ['system'],
    // Intake and the secretariat's decision commute: a letter accepted or declined before its checks finished
    // still gets them and its PDF recorded, and a retried intake can always complete.
    from: stages,
    payload: eventDataSchemas.LetterOfIntentChecked,
    eventType: 'LetterOfIntentChecked',
    data: passThrough,
  }),
  acceptLetter: define({
    describe: 'accept the letter of intent',
    actors: ['secretariat'],
    from: ['loi_received'],
    payload: z.strictObject({
      note: z.string().trim().max(2000).optional(),
      collectionMonths: collectionMonthsSchema.optional(),
    }),
    eventType: 'LetterOfIntentAccepted',
    data: passThrough,
  }),
  declineLetter: define({
    describe: 'decline the letter of intent',
    actors: ['secretariat'],
    from: ['loi_received'],
    payload: reasonPayload,
    eventType: 'LetterOfIntentDeclined',
    data: passThrough,
  }),
  issueTemplate: define({
    describe: 'issue the data collection template',
    actors: ['system'],
    from: ['accepted'],
    payload: eventDataSchemas.TemplateIssued,
    eventType: 'TemplateIssued',
    data: passThrough,
  }),
  openDataCollection: define({
    describe: 'open data collection',
    actors: ['system'],
    from: ['template_issued'],
    // The period the template task read: the one proposed at acceptance, or the programme's default setting.
    payload: z.object({ collectionMonths: collectionMonthsSchema }),
    eventType: 'DataCollectionOpened',
    data: ({ now, payload }) => ({ dueAt: addMonths(now, payload.collectionMonths), ...payload }),
  }),
  receiveSubmission: define({
    describe: 'receive a submitted workbook',
    actors: ['system'],
    from: uploadStages,
    payload: eventDataSchemas.SubmissionReceived,
    eventType: 'SubmissionReceived',
    precondition: ({ pilot }) =>
      pilot.verification?.lock ? 'The dataset is locked by the submitted conclusion' : undefined,
    data: passThrough,
  }),
  rejectUpload: define({
    describe: 'record a rejected upload',
    actors: ['system'],
    from: stages,
    payload: eventDataSchemas.UploadRejected,
    eventType: 'UploadRejected',
    data: passThrough,
  }),
  passValidation: define({
    describe: 'accept the submission as valid',
    actors: ['system'],
    from: ['submitted', 'in_verification'],
    payload: resultPayload,
    eventType: 'SubmissionValidated',
    data: passThrough,
  }),
  failValidation: define({
    describe: 'reject the submission',
    actors: ['system'],
    from: ['submitted', 'in_verification'],
    payload: resultPayload,
    eventType: 'SubmissionRejected',
    data: passThrough,
  }),
  assignVerifier: define({
    describe: 'assign a verifier',
    actors: ['secretariat'],
    from: ['validated'],
    payload: assignmentPayload,
    eventType: 'VerifierAssigned',
    guard: ({ payload, pilot }) => {
      if (payload.verifierId === payload.supervisorId)
        return 'The supervising staff member cannot be the verifier';
      if (pilot.declinedVerifierIds.includes(payload.verifierId) && !payload.override)
        return 'This verifier recused themselves from this pilot';
      const chosen = pilot.preferredVerificationMode;
      if (chosen && payload.mode !== chosen)
        return `The city chose ${chosen} verification; propose a change of mode for the city to accept`;
      return undefined;
    },
    data: passThrough,
  }),
  changeSupervisor: define({
    describe: 'change the supervising staff member',
    actors: ['secretariat'],
    from: ['verifier_assigned', 'in_verification'],
    payload: eventDataSchemas.SupervisorChanged.omit({ previousSupervisorId: true }).strict(),
    eventType: 'SupervisorChanged',
    guard: ({ pilot, payload }) => {
      if (payload.supervisorId === pilot.supervisorId) return 'This staff member supervises it already';
      if (payload.supervisorId === pilot.verifierId)
        return 'The supervising staff member cannot be the verifier';
      return undefined;
    },
    data: ({ pilot, payload }) => ({ ...payload, previousSupervisorId: pilot.supervisorId }),
  }),
  recordTaskSent: define({
    describe: 'record that the verification task was sent',
    actors: ['system'],
    from: ['verifier_assigned'],
    payload: eventDataSchemas.VerificationTaskSent,
    eventType: 'VerificationTaskSent',
    data: passThrough,
  }),
  issueReport: define({
    describe: 'issue the verification report',
    actors: ['system'],
    from: ['verified'],
    payload: eventDataSchemas.ReportIssued,
    eventType: 'ReportIssued',
    data: passThrough,
  }),
  requestCertification: define({
    describe: 'certify the city',
    actors: ['secretariat'],
    from: ['reported'],
    // Set by the decision's readiness check (core/use-cases/decisions/certification.ts), never by the client.
    payload: eventDataSchemas.CertificationRequested.strict(),
    eventType: 'CertificationRequested',
    precondition: ({ pilot }) => {
      if (pilot.pendingRun) return 'Certification is already being prepared';
      // A certificate states what was verified: a dataset with nothing reported has nothing to certify.
      if (reportedInVerifiedDataset(pilot) === 0)
        return 'The verified dataset reports no data point, so there is nothing to certify';
      return undefined;
    },
    data: passThrough,
  }),
  issueCertificate: define({
    describe: 'issue the certificate',
    actors: ['system'],
    from: ['reported'],
    payload: eventDataSchemas.CertificateIssued,
    eventType: 'CertificateIssued',
    data: passThrough,
  }),
  revokeCertificate: define({
    describe: 'revoke the certificate',
    actors: ['secretariat'],
    from: ['certified'],
    payload: reasonPayload,
    eventType: 'CertificateRevoked',
    precondition: ({ pilot }) =>
      pilot.certificate?.revoked ? 'The certificate is already revoked' : undefined,
    data: passThrough,
  }),
  attachSignedLetter: define({
    describe: 'attach the signed letter of intent',
    actors: ['city', 'secretariat'],
    from: stages.filter((s) => s !== 'declined' && s !== 'withdrawn'),
    payload: eventDataSchemas.SignedLetterAttached.strict(),
    eventType: 'SignedLetterAttached',
    // Attaching again replaces a wrong scan: allowed, but not a step still to be done.
    outstanding: (pilot) => !pilot.documents.some((d) => d.kind === 'signed_letter_of_intent'),
    data: passThrough,
  }),
  setPublicationConsent: define({
    describe: 'choose what to publish',
    actors: ['city'],
    from: stages.filter((s) => s !== 'declined' && s !== 'withdrawn'),
    payload: eventDataSchemas.PublicationConsentChanged.strict(),
    eventType: 'PublicationConsentChanged',
    // The choice can be made early, but there is something to publish only from the report on.
    outstanding: (pilot) => pilot.stage === 'reported' || pilot.stage === 'certified',
    data: passThrough,
  }),
  withdraw: define({
    describe: 'withdraw from the pilot',
    actors: ['city'],
    from: activeStages,
    payload: reasonPayload,
    eventType: 'PilotWithdrawn',
    data: passThrough,
  }),
  recordStageFailure: define({
    describe: 'record a failed stage',
    actors: ['system'],
    from: stages,
    payload: eventDataSchemas.StageFailed,
    eventType: 'StageFailed',
    data: passThrough,
  }),
  retryStage: define({
    describe: 'retry the failed stage',
    actors: ['secretariat'],
    from: activeStages,
    payload: noPayload,
    eventType: 'StageRetryRequested',
    precondition: ({ pilot }) =>
      !pilot.lastFailure
        ? 'No stage has failed'
        : pilot.pendingRun
          ? 'A stage is already running'
          : undefined,
    data: ({ pilot }) => ({ machine: stageMachineSchema.parse(pilot.lastFailure?.machine) }),
  }),
  sendReminder: define({
    describe: 'send a deadline reminder',
    actors: ['system'],
    from: activeStages,
    payload: eventDataSchemas.ReminderSent,
    eventType: 'ReminderSent',
    guard: ({ pilot, payload }) =>
      pilot.remindersSent.includes(reminderKey(payload)) ? 'This reminder was already sent' : undefined,
    data: passThrough,
  }),
  ...modeCommands,
  ...verificationCommands,
  ...draftReviewCommands,
  ...deadlineCommands,
  ...storyCommands,
  ...caseStudyCommands,
  ...costCommands,
  ...clarificationCommands,
};

export type CommandName = keyof typeof commands;
export const commandNames = Object.keys(commands) as CommandName[];
