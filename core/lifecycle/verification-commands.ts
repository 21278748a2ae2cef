// The verification part of the transition table: assignment answers, per-data-point review, queries, interviews, conclusion and sign-off.
import * as z from 'zod';
import { mintedIdSchema } from '../ids.ts';
import { findDataPoint } from '../kpis/catalogue.ts';
import { dataPointIdSchema } from '../kpis/schema.ts';
import { addDays, define, passThrough, reasonPayload, type StateContext } from './command-definition.ts';
import { latestValidatedVersion, type Pilot } from './pilot.ts';
import {
  conclusionRecordSchema,
  declarationInputSchema,
  evidenceRefSchema,
  interviewSchema,
  reviewItemSchema,
} from './verification-schemas.ts';

/** Closing a query: the query, named by its path, and how it was resolved. */
export const queryClosingSchema = z.strictObject({
  queryId: mintedIdSchema,
  resolution: z.string().trim().min(3).max(5000),
});

const VERIFICATION_DAYS = 60;
const QUERY_ANSWER_DAYS = 14;
/**
 * Queries one data point may have in a verification. A follow-up is a new query, so a few cover any real exchange;
 * the cap keeps a pilot's view, read whole by every decision and the pilot page, within a bounded size.
 */
export const MAX_QUERIES_PER_DATA_POINT = 5;

const locked = (pilot: Pilot) =>
  pilot.verification?.lock ? 'The verified dataset is locked by the submitted conclusion' : undefined;
const findQuery = (pilot: Pilot, queryId: string) =>
  pilot.verification?.queries.find((q) => q.queryId === queryId);
function tooManyQueries(pilot: Pilot, dataPointId: string): string | undefined {
  const asked = pilot.verification?.queries.filter((q) => q.dataPointId === dataPointId).length ?? 0;
  if (asked < MAX_QUERIES_PER_DATA_POINT) return undefined;
  return `Data point ${dataPointId} already has ${asked} queries, the most one data point may have; record what remains in its review note`;
}
const isSupervisor = ({ pilot, actor }: StateContext) =>
  actor.userId === pilot.supervisorId
    ? undefined
    : 'Only the staff member supervising this verification may do this';
/** Answering or closing needs a query not yet closed; the payload names which one. */
const noOpenQuery = (pilot: Pilot) =>
  pilot.verification?.queries.some((q) => q.status !== 'closed')
    ? undefined
    : 'No query is left to answer or close';
const unknownDataPoints = (ids: string[]) => ids.filter((id) => !findDataPoint(id));

/** The supervisor's comments when returning a conclusion to the verifier. */
export const returnConclusionPayload = z.strictObject({ comments: z.string().trim().min(3).max(5000) });

export const verificationCommands = {
  acceptAssignment: define({
    describe: 'accept the verification assignment',
    actors: ['verifier'],
    from: ['verifier_assigned'],
    payload: z.strictObject({ declaration: declarationInputSchema }),
    eventType: 'VerificationStarted',
    data: ({ now, payload }) => ({
      dueAt: addDays(now, VERIFICATION_DAYS),
      declaration: payload.declaration,
    }),
  }),
  declineAssignment: define({
    describe: 'decline the verification assignment',
    actors: ['verifier'],
    from: ['verifier_assigned'],
    payload: reasonPayload,
    eventType: 'VerifierDeclined',
    data: ({ payload, actor }) => ({ verifierId: actor.userId, reason: payload.reason }),
  }),
  reviewDataPoints: define({
    describe: 'review data points',
    actors: ['verifier'],
    from: ['in_verification'],
    payload: z.strictObject({ items: z.array(reviewItemSchema).min(1).max(200) }),
    eventType: 'DataPointsReviewed',
    precondition: ({ pilot }) => locked(pilot),
    guard: ({ payload }) => {
      const unknown = unknownDataPoints(payload.items.map((i) => i.dataPointId));
      return unknown.length ? `Unknown data points: ${unknown.join(', ')}` : undefined;
    },
    data: passThrough,
  }),
  raiseQuery: define({
    describe: 'raise a query with the city',
    actors: ['verifier'],
    from: ['in_verification'],
    payload: z.strictObject({
      dataPointId: dataPointIdSchema,
      question: z.string().trim().min(5).max(5000),
    }),
    eventType: 'QueryRaised',
    precondition: ({ pilot }) => locked(pilot),
    guard: ({ pilot, payload }) =>
      (findDataPoint(payload.dataPointId) ? undefined : `Unknown data point ${payload.dataPointId}`) ??
      tooManyQueries(pilot, payload.dataPointId),
    // The id derives from the event's sequence number, so it is unique and a re-decided command yields the same id.
    data: ({ pilot, payload, now }) => ({
      ...payload,
      queryId: `q${pilot.version + 1}`,
      dueAt: addDays(now, QUERY_ANSWER_DAYS),
    }),
  }),
  answerQuery: define({
    describe: 'answer a query',
    actors: ['city'],
    from: ['in_verification'],
    payload: z.strictObject({
      queryId: mintedIdSchema,
      text: z.string().trim().min(2).max(10_000),
      evidence: evidenceRefSchema.optional(),
      submissionVersion: z.number().int().positive().optional(),
    }),
    eventType: 'QueryAnswered',
    precondition: ({ pilot }) => locked(pilot) ?? noOpenQuery(pilot),
    guard: ({ pilot, payload }) => {
      const query = findQuery(pilot, payload.queryId);
      if (!query) return `No query ${payload.queryId}`;
      return query.status === 'closed' ? `Query ${payload.queryId} is closed` : undefined;
    },
    data: passThrough,
  }),
  closeQuery: define({
    describe: 'close a query',
    actors: ['verifier'],
    from: ['in_verification'],
    payload: queryClosingSchema,
    eventType: 'QueryClosed',
    precondition: ({ pilot }) => noOpenQuery(pilot),
    guard: ({ pilot, payload }) => {
      const query = findQuery(pilot, payload.queryId);
      if (!query) return `No query ${payload.queryId}`;
      return query.status === 'closed' ? `Query ${payload.queryId} is already closed` : undefined;
    },
    data: passThrough,
  }),
  logInterview: define({
    describe: 'log an interview or site visit',
    actors: ['verifier'],
    from: ['in_verification'],
    payload: interviewSchema,
    eventType: 'InterviewLogged',
    data: passThrough,
  }),
  returnSubmission: define({
    describe: 'return the submission to the city for correction',
    actors: ['verifier'],
    from: ['in_verification'],
    payload: reasonPayload,
    eventType: 'SubmissionReturned',
    precondition: ({ pilot }) => locked(pilot),
    data: passThrough,
  }),
  submitConclusion: define({
    describe: 'submit the verification conclusion',
    actors: ['verifier'],
    from: ['in_verification'],
    // The request's decisions resolved against the derived proposals (the decision's prepare, never the client).
    payload: conclusionRecordSchema
      .omit({ policyRecommendations: true, improvementOpportunities: true, nextSteps: true })
      .extend({ datasetHash: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict(),
    eventType: 'ConclusionSubmitted',
    precondition: ({ pilot }) => {
      const v = pilot.verification;
      if (v?.conclusion?.status === 'submitted')
        return 'A conclusion was already submitted and awaits approval';
      if (!latestValidatedVersion(pilot)) return 'There is no validated submission to verify';
      const waiting = v?.queries.filter((q) => q.status !== 'closed').length ?? 0;
      return waiting ? `Close the ${waiting} open quer${waiting === 1 ? 'y' : 'ies'} first` : undefined;
    },
    data: ({ pilot, payload }) => ({ ...payload, datasetVersion: latestValidatedVersion(pilot) }),
  }),
  approveConclusion: define({
    describe: 'approve the verification conclusion',
    actors: ['secretariat'],
    from: ['in_verification'],
    // The city's comment window on the draft report, from the programme's settings (conclusion-decision's prepare).
    payload: z.strictObject({ draftReviewDays: z.number().int().min(1).max(90) }),
    eventType: 'VerificationConcluded',
    precondition: (ctx) =>
      ctx.pilot.verification?.conclusion?.status === 'submitted'
        ? isSupervisor(ctx)
        : 'No conclusion awaits approval',
    data: ({ pilot, actor, payload, now }) => {
      const conclusion = pilot.verification?.conclusion;
      return {
        summary: 'Approved by the supervising staff member',
        datasetVersion: conclusion?.datasetVersion,
        datasetHash: conclusion?.datasetHash,
        approvedBy: actor.userId,
        draftReviewEndsAt: addDays(now, payload.draftReviewDays),
      };
    },
  }),
  returnConclusion: define({
    describe: 'return the conclusion to the verifier',
    actors: ['secretariat'],
    from: ['in_verification'],
    payload: returnConclusionPayload,
    eventType: 'ConclusionReturned',
    precondition: (ctx) =>
      ctx.pilot.verification?.conclusion?.status === 'submitted'
        ? isSupervisor(ctx)
        : 'No conclusion awaits approval',
    data: passThrough,
  }),
  addInternalNote: define({
    describe: 'add an internal note for the verification team',
    actors: ['secretariat', 'verifier'],
    from: ['verifier_assigned', 'in_verification', 'verified', 'reported'],
    payload: z.strictObject({ text: z.string().trim().min(3).max(5000) }),
    eventType: 'InternalNoteAdded',
    data: passThrough,
  }),
  unlockDataset: define({
    describe: 'unlock the verified dataset',
    actors: ['secretariat'],
    from: ['verified', 'reported'],
    payload: reasonPayload,
    eventType: 'DatasetUnlocked',
    precondition: ({ pilot }) => (pilot.pendingRun ? 'Wait until the running stage has finished' : undefined),
    data: passThrough,
  }),
};
