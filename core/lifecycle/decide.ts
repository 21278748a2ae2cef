// Decides whether a command may run on a pilot and, if so, which event it records; pure and exhaustive.
import * as z from 'zod';
import { type Actor, roleSchema } from '../actors.ts';
import { ForbiddenError, ForbiddenTransitionError, InvalidRequestError } from '../errors.ts';
import { canAccessPilot } from './access.ts';
import { type CommandDefinition, type CommandName, commandNames, commands } from './commands.ts';
import { eventDataSchemas, type NewEvent } from './events.ts';
import type { Pilot } from './pilot.ts';

export const allowedStepSchema = z.object({
  command: z.enum(commandNames as [CommandName, ...CommandName[]]),
  describe: z.string(),
  by: z.array(roleSchema).readonly(),
});
export type AllowedStep = z.infer<typeof allowedStepSchema>;

/** The commands that the pilot's stage allows next (optionally only those the given role may issue). */
export function allowedNextSteps(pilot: Pilot, role?: Actor['role']): AllowedStep[] {
  return commandNames
    .map((command) => ({ command, def: commands[command] as CommandDefinition }))
    .filter(({ def }) => def.from.includes(pilot.stage) && (!role || def.actors.includes(role)))
    .filter(({ def }) => !def.actors.every((a) => a === 'system') || role === 'system')
    .map(({ command, def }) => ({ command, describe: def.describe, by: def.actors }));
}

/** Parses what a request carries; no body at all is an empty object, but `null` is not an object and is refused. */
export function parsePayload<P>(schema: z.ZodType<P>, payload: unknown, what: string): P {
  const parsed = schema.safeParse(payload === undefined ? {} : payload);
  if (!parsed.success) {
    throw new InvalidRequestError(`Invalid request to ${what}`, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

/** Whether the actor may issue the command on this pilot at all, whatever its stage or payload. */
export function assertMayIssue(pilot: Pilot, command: CommandName, actor: Actor): void {
  assertRole(commands[command] as CommandDefinition, command, actor);
  if (!canAccessPilot(actor, pilot))
    throw new ForbiddenError(`You may not act on pilot ${pilot.pilotId}`, { command });
}

function assertRole(def: CommandDefinition, command: CommandName, actor: Actor): void {
  if (!def.actors.includes(actor.role)) {
    throw new ForbiddenError(`Only ${def.actors.join(' or ')} may ${def.describe}`, {
      command,
      role: actor.role,
    });
  }
}

/** Decides the first event of a new pilot: only the role can be checked, there is no stage yet. */
export function decideNewPilot(payload: unknown, actor: Actor): NewEvent {
  const def = commands.submitLetterOfIntent as CommandDefinition;
  assertRole(def, 'submitLetterOfIntent', actor);
  const data = eventDataSchemas.LetterOfIntentSubmitted.parse(
    parsePayload(def.payload, payload, def.describe),
  );
  if (actor.role === 'city' && actor.cityId !== data.cityId) {
    throw new ForbiddenError('A city may only submit a letter of intent for itself');
  }
  return { type: 'LetterOfIntentSubmitted', data };
}

/**
 * Checks role, ownership, stage and guard, then returns the event to record.
 * @example decide(pilot, 'acceptLetter', {}, secretariat, new Date()) // -> { type: 'LetterOfIntentAccepted', ... }
 */
export function decide(
  pilot: Pilot,
  command: CommandName,
  payload: unknown,
  actor: Actor,
  now: Date,
  causationId?: string,
): NewEvent {
  const def = commands[command] as CommandDefinition;
  // Authorization first, so a forbidden caller learns nothing about stages or payload rules.
  assertRole(def, command, actor);
  if (!canAccessPilot(actor, pilot)) {
    throw new ForbiddenError(`You may not act on pilot ${pilot.pilotId}`, { command });
  }
  if (!def.from.includes(pilot.stage)) {
    const allowed = allowedNextSteps(pilot);
    const list = allowed.map((s) => `${s.describe} (${s.by.join('/')})`).join('; ') || 'none';
    throw new ForbiddenTransitionError(
      `Cannot ${def.describe} while the pilot is in stage "${pilot.stage}". Allowed next steps: ${list}.`,
      { command, currentStage: pilot.stage, allowed },
    );
  }
  const parsed = parsePayload(def.payload, payload, def.describe);
  const ctx = { pilot, payload: parsed, actor, now };
  const refusal = def.precondition?.(ctx) ?? def.guard?.(ctx);
  if (refusal) {
    throw new ForbiddenTransitionError(`Cannot ${def.describe}: ${refusal}.`, {
      command,
      currentStage: pilot.stage,
    });
  }
  const data = eventDataSchemas[def.eventType].parse(def.data(ctx));
  return { type: def.eventType, data, causationId } as NewEvent;
}
