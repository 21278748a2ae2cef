// The board's compact view of a pilot, written beside the projection so lists never read the full record.
import * as z from 'zod';
import { draftSections } from './draft-review-schemas.ts';
import { type Pilot, pilotSchema, reminderKey } from './pilot.ts';
import { type Stage, terminalStages } from './stages.ts';

export const waitingOnSchema = z.enum(['city', 'secretariat', 'verifier', 'supervisor', 'system', 'nobody']);
export type WaitingOn = z.infer<typeof waitingOnSchema>;

/** Bounded by construction: ids, names, dates and counts only, so a summary stays under 2 KB whatever the pilot holds. */
export const pilotSummarySchema = pilotSchema
  .pick({
    pilotId: true,
    cityId: true,
    cityName: true,
    country: true,
    region: true,
    stage: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    /** A deadline still running: none once the pilot has ended. */
    dueAt: true,
    dueKind: true,
    verifierId: true,
    supervisorId: true,
  })
  .extend({
    waitingOn: waitingOnSchema,
    submissions: z.number().int().nonnegative(),
    openQueries: z.number().int().nonnegative(),
    documents: z.number().int().nonnegative(),
    run: z.enum(['none', 'pending', 'failed']),
  });
export type PilotSummary = z.infer<typeof pilotSummarySchema>;

/** Who moves a stage on when no run is pending or failed; in_verification is decided in `waitingOn` below. */
const movedOnBy: Record<Stage, WaitingOn> = {
  loi_received: 'secretariat',
  accepted: 'system',
  declined: 'nobody',
  template_issued: 'city',
  data_collection: 'city',
  submitted: 'system',
  validation_failed: 'city',
  validated: 'secretariat',
  verifier_assigned: 'verifier',
  in_verification: 'verifier',
  verified: 'system',
  reported: 'secretariat',
  certified: 'nobody',
  withdrawn: 'nobody',
};

/**
 * Whom an open draft report review waits on: the city within its comment window; the verifier for an unanswered
 * comment, and to issue the report once every section is accepted or the sweeper recorded the window's end (the
 * summary is written with the pilot, so the end counts from that record, not from a clock).
 */
export function draftReviewWaitsOn(pilot: Pilot): 'city' | 'verifier' | undefined {
  const review = pilot.draftReview;
  if (pilot.stage !== 'verified' || !review || review.closedAt) return undefined;
  if (review.comments.some((c) => !c.answeredAt)) return 'verifier';
  if (draftSections.every((s) => review.accepted.includes(s))) return 'verifier';
  const ended = reminderKey({ kind: 'draft_review_ended', dueAt: review.endsAt });
  return pilot.remindersSent.includes(ended) ? 'verifier' : 'city';
}

/**
 * Who the pilot waits on: a running stage machine is the system's; a failed one waits for the secretariat to retry;
 * in verification, an open query waits for the city and a submitted conclusion for the supervising staff member;
 * during the draft report review, the city or the verifier as `draftReviewWaitsOn` says.
 */
export function waitingOn(pilot: Pilot): WaitingOn {
  if (terminalStages.includes(pilot.stage)) return 'nobody';
  if (pilot.pendingRun) return 'system';
  if (pilot.lastFailure) return 'secretariat';
  if (pilot.stage === 'in_verification') {
    const v = pilot.verification;
    if (v?.conclusion?.status === 'submitted') return 'supervisor';
    if (v?.queries.some((q) => q.status === 'open')) return 'city';
  }
  return draftReviewWaitsOn(pilot) ?? movedOnBy[pilot.stage];
}

/** Which pilot and city a list shows: the board's summary and the index's contributions both start from it. */
export function pilotCity(pilot: Pilot) {
  return {
    pilotId: pilot.pilotId,
    cityId: pilot.cityId,
    cityName: pilot.cityName,
    country: pilot.country,
    ...(pilot.region ? { region: pilot.region } : {}),
  };
}

export function summarize(pilot: Pilot): PilotSummary {
  const ended = terminalStages.includes(pilot.stage);
  return {
    ...pilotCity(pilot),
    stage: pilot.stage,
    version: pilot.version,
    createdAt: pilot.createdAt,
    updatedAt: pilot.updatedAt,
    ...(pilot.dueAt && !ended ? { dueAt: pilot.dueAt, dueKind: pilot.dueKind } : {}),
    waitingOn: waitingOn(pilot),
    ...(pilot.verifierId ? { verifierId: pilot.verifierId } : {}),
    ...(pilot.supervisorId ? { supervisorId: pilot.supervisorId } : {}),
    submissions: pilot.submissions.length,
    openQueries: pilot.verification?.queries.filter((q) => q.status === 'open').length ?? 0,
    documents: pilot.documents.length,
    run: pilot.pendingRun ? 'pending' : pilot.lastFailure ? 'failed' : 'none',
  };
}
