// Deciding commands on a pilot in memory for the lifecycle unit tests: a command applied as its event would be
// recorded, and a refusal's message.
import { expect } from 'vitest';
import type { Actor } from '../../core/actors.ts';
import { ForbiddenTransitionError } from '../../core/errors.ts';
import type { CommandName } from '../../core/lifecycle/commands.ts';
import { decide } from '../../core/lifecycle/decide.ts';
import type { PilotEvent } from '../../core/lifecycle/events.ts';
import { applyEvent, type Pilot } from '../../core/lifecycle/pilot.ts';

/** The pilot after the command, its event numbered next and dated `at`. */
export function act(pilot: Pilot, command: CommandName, payload: unknown, actor: Actor, at: Date): Pilot {
  const event = decide(pilot, command, payload, actor, at);
  return applyEvent(pilot, {
    ...event,
    pilotId: pilot.pilotId,
    seq: pilot.version + 1,
    at: at.toISOString(),
    actor,
  } as PilotEvent);
}

/** The message the command is refused with; fails the test when the command is accepted. */
export function refusal(
  pilot: Pilot,
  command: CommandName,
  payload: unknown,
  actor: Actor,
  at: Date,
): string {
  try {
    decide(pilot, command, payload, actor, at);
  } catch (error) {
    expect(error).toBeInstanceOf(ForbiddenTransitionError);
    return (error as Error).message;
  }
  throw new Error('the request was accepted');
}
