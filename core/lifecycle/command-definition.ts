// The shape of one entry of the transition table, and small helpers the table's entries share.
import * as z from 'zod';
import type { Actor, Role } from '../actors.ts';
import type { EventType } from './events.ts';
import type { Pilot } from './pilot.ts';
import { stageAfter, stagesKeptBy } from './stage-targets.ts';
import type { Stage } from './stages.ts';

export interface CommandContext<P> {
  pilot: Pilot;
  payload: P;
  actor: Actor;
  now: Date;
}

/** A command's context before its payload is read: enough to say whether it could succeed at all. */
export type StateContext = Omit<CommandContext<unknown>, 'payload'>;

export interface CommandDefinition<P = unknown> {
  /** Short human phrase used in error messages, e.g. "accept the letter of intent". */
  describe: string;
  actors: readonly Role[];
  from: readonly Stage[];
  /** The stage the recorded event moves the pilot to (from stage-targets.ts); absent when the stage stays. */
  to?: Stage;
  /** Stages in which the command is allowed but leaves the stage as it is (corrections during verification). */
  keepsStageIn?: readonly Stage[];
  payload: z.ZodType<P>;
  eventType: EventType;
  /**
   * What must hold of the pilot and the caller whatever the payload: a reason when it does not. `decide` checks it
   * before the guard, and the pilot's next steps list only commands whose precondition holds, so the list offers
   * nothing the command would refuse for the pilot's state.
   */
  precondition?: (ctx: StateContext) => string | undefined;
  /** Returns a reason when the command is refused for its payload even though stage and precondition allow it. */
  guard?: (ctx: CommandContext<P>) => string | undefined;
  /**
   * Whether the command is still to be done rather than a repeat or correction of something done (replacing the
   * signed letter): absent means always. Next steps mark it so the page lists what moves the pilot on.
   */
  outstanding?: (pilot: Pilot) => boolean;
  data: (ctx: CommandContext<P>) => unknown;
}

export const addMonths = (now: Date, months: number) => {
  const due = new Date(now);
  due.setUTCMonth(due.getUTCMonth() + months);
  return due.toISOString();
};
export const addDays = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
/** Why a person decides as they do; like every payload a person sends, strict: an unnamed field is refused. */
export const reasonPayload = z.strictObject({
  reason: z.string().trim().min(3, 'Give a reason of at least 3 characters').max(2000),
});
export const noPayload = z.object({}).strict();
export const passThrough = <P>({ payload }: CommandContext<P>) => payload;

/** An entry of the transition table; where its event moves the pilot is read from the stage-target table. */
export function define<P>(
  definition: Omit<CommandDefinition<P>, 'to' | 'keepsStageIn'>,
): CommandDefinition<P> {
  const keeps = stagesKeptBy(definition.eventType);
  return {
    ...definition,
    to: stageAfter[definition.eventType],
    ...(keeps.length ? { keepsStageIn: keeps } : {}),
  };
}
