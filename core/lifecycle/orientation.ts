// What a pilot page orients by: whom the pilot waits on and until when, and which next steps can succeed now, read
// from the same transition table, preconditions included, that decides the commands.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { draftReviewWaitsOn, waitingOn, waitingOnSchema } from './board-summary.ts';
import type { CommandDefinition } from './command-definition.ts';
import { commands } from './commands.ts';
import { allowedNextSteps, allowedStepSchema } from './decide.ts';
import { deadlineKindSchema } from './events.ts';
import type { Pilot } from './pilot.ts';

export const nextStepSchema = allowedStepSchema.extend({
  /** Whether the pilot's state lets the command succeed now (its precondition holds); only its payload can fail. */
  ready: z.boolean(),
  /** False for a repeat or a correction of something done (replacing the signed letter): allowed, not to do. */
  outstanding: z.boolean(),
});
export type NextStep = z.infer<typeof nextStepSchema>;

/**
 * The commands the stage and the actor's role allow, each saying whether its precondition holds now: a ready
 * command can still be refused for what its payload says (a date past the extension cap), never for the pilot's
 * state. Pages keep the forms of the stage's commands (a form can say why it waits: "awaits approval by …"); the
 * page's list of things to do shows the ready and outstanding ones.
 */
export function nextSteps(pilot: Pilot, actor: Actor, now: Date): NextStep[] {
  return allowedNextSteps(pilot, actor.role).map((step) => {
    const def = commands[step.command] as CommandDefinition;
    return {
      ...step,
      ready: !def.precondition?.({ pilot, actor, now }),
      outstanding: def.outstanding?.(pilot) ?? true,
    };
  });
}

export const waitingSchema = z.object({
  on: waitingOnSchema,
  /** The date by which the one waited on should act, when one runs. */
  dueAt: z.iso.datetime({ offset: true }).optional(),
  /** What the date is for: the running deadline's kind, a query's answer, or the end of the draft review window. */
  dueFor: z.union([deadlineKindSchema, z.literal('query'), z.literal('draft_review')]).optional(),
});
export type Waiting = z.infer<typeof waitingSchema>;

/**
 * Whom the pilot waits on (the board's rule) and the date that binds them: for the city answering queries, the
 * earliest open query's; for the city reviewing the draft report, the end of its comment window; otherwise the running deadline while the one waited on is the one it binds.
 */
export function waitingFor(pilot: Pilot): Waiting {
  const on = waitingOn(pilot);
  const openQueries = pilot.verification?.queries.filter((q) => q.status === 'open') ?? [];
  if (on === 'city' && pilot.stage === 'in_verification' && openQueries.length) {
    const dueAt = openQueries.map((q) => q.dueAt).sort()[0];
    return { on, dueAt, dueFor: 'query' };
  }
  if (on === 'city' && draftReviewWaitsOn(pilot) === 'city' && pilot.draftReview)
    return { on, dueAt: pilot.draftReview.endsAt, dueFor: 'draft_review' };
  const bound =
    (on === 'city' && pilot.dueKind === 'submission') ||
    (on === 'verifier' && pilot.dueKind === 'verification');
  return bound && pilot.dueAt ? { on, dueAt: pilot.dueAt, dueFor: pilot.dueKind } : { on };
}
