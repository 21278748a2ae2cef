// What each person must do next, across the pilots they may see: the secretariat's, the verifier's and the city's share.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { draftReviewWaitsOn } from '../lifecycle/board-summary.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { stageSchema } from '../lifecycle/stages.ts';
import type { CoreDeps } from './deps.ts';

export const taskSchema = z.object({
  pilotId: z.string(),
  cityName: z.string(),
  stage: stageSchema,
  kind: z.enum([
    'review_letter',
    'appoint_verifier',
    'certify',
    'approve_conclusion',
    'retry_stage',
    'answer_assignment',
    'verify',
    'read_answer',
    'answer_query',
    'answer_clarification',
    'read_clarification_reply',
    'answer_call',
    'review_draft',
    'answer_draft_comment',
    'issue_report',
  ]),
  dueAt: z.string().optional(),
  /** English detail for API clients; interfaces word it from kind and the fields below. */
  detail: z.string().optional(),
  /** For "verify": how many data points have a review. */
  reviewed: z.number().int().optional(),
});
export type Task = z.infer<typeof taskSchema>;

/** Stages in which a pilot may wait for the secretariat (a failed automated step can leave it in any of them). */
const STAFF_TASK_STAGES = [
  'loi_received',
  'accepted',
  'template_issued',
  // Clarifications and calls wait for the secretariat during data collection.
  'data_collection',
  'submitted',
  'validation_failed',
  'validated',
  'verifier_assigned',
  'in_verification',
  'verified',
  'reported',
] as const;

type Base = Pick<Task, 'pilotId' | 'cityName' | 'stage'>;

/** The city's open clarification threads whose next word is `on`'s: the secretariat's answer or the city's reading. */
const clarificationTasks = (p: Pilot, on: 'secretariat' | 'city', base: Base): Task[] =>
  (p.clarifications ?? [])
    .filter((c) => c.status === 'open' && c.waitingOn === on)
    .map((c) => ({
      ...base,
      kind: on === 'city' ? 'read_clarification_reply' : 'answer_clarification',
      detail: `${c.kpiId}: ${c.question}`,
    }));

/** A call the city requested, for the secretariat and the verifier (either answers), due at its first proposed time. */
const callTasks = (p: Pilot, base: Base): Task[] =>
  (p.calls ?? [])
    .filter((c) => c.status === 'requested')
    .map((c) => ({ ...base, kind: 'answer_call', dueAt: [...c.proposedTimes].sort()[0], detail: c.topic }));

/** The verifier's share of an open draft report review: each unanswered comment, then issuing the report. */
function draftTasks(p: Pilot, base: Base): Task[] {
  if (draftReviewWaitsOn(p) !== 'verifier') return [];
  const unanswered = p.draftReview?.comments.filter((c) => !c.answeredAt) ?? [];
  return unanswered.length
    ? unanswered.map((c): Task => ({ ...base, kind: 'answer_draft_comment', detail: c.section }))
    : [{ ...base, kind: 'issue_report' }];
}

/** The secretariat's share: decisions the stage waits for, approvals for the supervisor, failed steps to retry. */
function staffTasks(p: Pilot, actor: Actor, base: Base): Task[] {
  if (p.pendingRun) return [];
  if (p.lastFailure) return [{ ...base, kind: 'retry_stage', detail: p.lastFailure.machine }];
  const conclusion = p.verification?.conclusion;
  switch (p.stage) {
    case 'loi_received':
      return [{ ...base, kind: 'review_letter' }];
    case 'validated':
      return [{ ...base, kind: 'appoint_verifier' }];
    case 'reported':
      return [{ ...base, kind: 'certify' }];
    case 'in_verification':
      return conclusion?.status === 'submitted' && p.supervisorId === actor.userId
        ? [{ ...base, kind: 'approve_conclusion', detail: conclusion.datasetHash }]
        : [];
    default:
      return [];
  }
}

/** What each person must do next, across the pilots they may see. */
export async function listTasks(deps: CoreDeps, actor: Actor): Promise<Task[]> {
  const pilots =
    actor.role === 'verifier'
      ? await deps.pilots.list({ verifierId: actor.userId })
      : actor.role === 'city'
        ? await deps.pilots.list({ cityId: actor.cityId ?? '\u0000' })
        : (await Promise.all(STAFF_TASK_STAGES.map((stage) => deps.pilots.list({ stage })))).flat();
  return pilots.flatMap((p) => tasksOf(p, actor));
}

function tasksOf(p: Pilot, actor: Actor): Task[] {
  const base = { pilotId: p.pilotId, cityName: p.cityName, stage: p.stage };
  switch (actor.role) {
    case 'verifier':
      return [...verifierTasks(p, base), ...callTasks(p, base)];
    case 'city':
      return [...cityTasks(p, base), ...clarificationTasks(p, 'city', base)];
    default:
      return [
        ...staffTasks(p, actor, base),
        ...clarificationTasks(p, 'secretariat', base),
        ...callTasks(p, base),
      ];
  }
}

/** Answering an assignment, verifying and reading answers, then the draft review's share. */
function verifierTasks(p: Pilot, base: Base): Task[] {
  const v = p.verification;
  if (p.stage === 'verifier_assigned') return [{ ...base, kind: 'answer_assignment' }];
  if (p.stage === 'verified') return draftTasks(p, base);
  if (p.stage !== 'in_verification' || v?.conclusion?.status === 'submitted') return [];
  const reviewed = Object.keys(v?.reviews ?? {}).length;
  return [
    { ...base, kind: 'verify', dueAt: p.dueAt, detail: `${reviewed} data points reviewed`, reviewed },
    ...(v?.queries ?? [])
      .filter((q) => q.status === 'answered')
      .map((q): Task => ({ ...base, kind: 'read_answer', detail: q.queryId })),
  ];
}

/** The verifier's open queries, and the draft report while its comment window waits on the city. */
function cityTasks(p: Pilot, base: Base): Task[] {
  const queries = (p.verification?.queries ?? [])
    .filter((q) => q.status === 'open')
    .map(
      (q): Task => ({ ...base, kind: 'answer_query', dueAt: q.dueAt, detail: `${q.queryId}: ${q.question}` }),
    );
  const review = p.draftReview;
  const drafting =
    review && draftReviewWaitsOn(p) === 'city'
      ? [{ ...base, kind: 'review_draft' as const, dueAt: review.endsAt }]
      : [];
  return [...queries, ...drafting];
}
