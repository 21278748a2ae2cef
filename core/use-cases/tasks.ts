// What each person must do next, across the pilots they may see: the secretariat's, the verifier's and the city's share.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
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
  'submitted',
  'validated',
  'verifier_assigned',
  'in_verification',
  'verified',
  'reported',
] as const;

/** The secretariat's share: decisions the stage waits for, approvals for the supervisor, failed steps to retry. */
function staffTasks(p: Pilot, actor: Actor, base: Pick<Task, 'pilotId' | 'cityName' | 'stage'>): Task[] {
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
  const v = p.verification;
  const queries = v?.queries ?? [];
  switch (actor.role) {
    case 'verifier':
      if (p.stage === 'verifier_assigned') return [{ ...base, kind: 'answer_assignment' }];
      if (p.stage !== 'in_verification' || v?.conclusion?.status === 'submitted') return [];
      return [
        {
          ...base,
          kind: 'verify',
          dueAt: p.dueAt,
          detail: `${Object.keys(v?.reviews ?? {}).length} data points reviewed`,
          reviewed: Object.keys(v?.reviews ?? {}).length,
        },
        ...queries
          .filter((q) => q.status === 'answered')
          .map((q): Task => ({ ...base, kind: 'read_answer', detail: q.queryId })),
      ];
    case 'city':
      return queries
        .filter((q) => q.status === 'open')
        .map((q) => ({
          ...base,
          kind: 'answer_query',
          dueAt: q.dueAt,
          detail: `${q.queryId}: ${q.question}`,
        }));
    default:
      return staffTasks(p, actor, base);
  }
}
