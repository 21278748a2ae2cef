// Runs one lifecycle command: load, decide, append with optimistic concurrency, and start the stage it triggers.
import { isDeepStrictEqual } from 'node:util';
import type { Actor } from '../actors.ts';
import {
  ConcurrencyConflictError,
  ForbiddenTransitionError,
  InvalidRequestError,
  NotFoundError,
} from '../errors.ts';
import { type CommandDefinition, type CommandName, commands } from '../lifecycle/commands.ts';
import { decide } from '../lifecycle/decide.ts';
import type { NewEvent, PilotEvent } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { CoreDeps } from './deps.ts';

export interface CommandResult {
  pilot: Pilot;
  event?: PilotEvent;
  /** True when the command repeated one already recorded (a double click or a re-driven step): nothing new was written. */
  repeated: boolean;
}

const MAX_ATTEMPTS = 3;

/**
 * The largest event the log records. An event is one stored item, which DynamoDB caps at 400 KB with its keys and
 * attribute names; a decision whose every field keeps its own limit can still exceed it in sum (a long conclusion
 * with notes on every KPI), and that is the sender's request to shorten, not a failure of ours.
 */
export const MAX_EVENT_BYTES = 300 * 1024;

function assertRecordable(event: PilotEvent): void {
  const bytes = new TextEncoder().encode(JSON.stringify(event)).length;
  if (bytes > MAX_EVENT_BYTES) {
    throw new InvalidRequestError(
      `This is too large to record: ${Math.ceil(bytes / 1024)} KB, at most ${MAX_EVENT_BYTES / 1024} KB; shorten the texts`,
      { bytes, limit: MAX_EVENT_BYTES },
    );
  }
}

export async function loadPilot(deps: Pick<CoreDeps, 'pilots'>, pilotId: string): Promise<Pilot> {
  const pilot = await deps.pilots.load(pilotId);
  if (!pilot) throw new NotFoundError(`No pilot with id "${pilotId}"`, { pilotId });
  return pilot;
}

/** Appends an event to a pilot (or starts a new one) and starts the stage machine the event triggers. */
export async function commitEvent(
  deps: Pick<CoreDeps, 'pilots' | 'runner' | 'clock'>,
  pilotId: string,
  current: Pilot | undefined,
  newEvent: NewEvent,
  actor: Actor,
): Promise<{ pilot: Pilot; event: PilotEvent }> {
  const event = {
    ...newEvent,
    pilotId,
    seq: (current?.version ?? 0) + 1,
    at: deps.clock.now().toISOString(),
    actor: { userId: actor.userId, role: actor.role, name: actor.name },
  } as PilotEvent;
  assertRecordable(event);
  const pilot = await deps.pilots.append(current, event);
  if (pilot.pendingRun && pilot.pendingRun.executionName !== current?.pendingRun?.executionName) {
    const { machine, executionName } = pilot.pendingRun;
    await deps.runner.start({ machine, executionName, input: { pilotId } });
  }
  return { pilot, event };
}

/**
 * A caller retried after it recorded its event, but before it started the stage that event calls for, starts it
 * now. Deterministic names make this safe when the run did start: a second start of a name is a no-op. Only callers
 * that start stages (the API, upload events, the sweeper) do this; a stage task may not start one.
 */
export async function resumePendingRun(deps: Pick<CoreDeps, 'runner'>, pilot: Pilot): Promise<void> {
  if (!pilot.pendingRun) return;
  const { machine, executionName } = pilot.pendingRun;
  await deps.runner.start({ machine, executionName, input: { pilotId: pilot.pilotId } });
}

/** True when every field the caller sent equals what the last event recorded (a different value is a new decision). */
function samePayload(payload: unknown, data: unknown): boolean {
  if (typeof payload !== 'object' || payload === null) return true;
  const recorded = data as Record<string, unknown>;
  return Object.entries(payload).every(
    ([key, value]) => !(key in recorded) || isDeepStrictEqual(recorded[key], value),
  );
}

/** The same person sending the same decision again (a double click), with nothing recorded in between. */
function isRepeat(
  pilot: Pilot,
  lastEvent: PilotEvent | undefined,
  def: CommandDefinition,
  input: { actor: Actor; payload: unknown },
): boolean {
  return (
    lastEvent?.type === def.eventType &&
    lastEvent.actor.userId === input.actor.userId &&
    lastEvent.seq === pilot.version &&
    samePayload(input.payload, lastEvent.data)
  );
}

/**
 * Runs a command against the pilot's current state. A system step carrying a causation id that was already
 * recorded, or a human decision that repeats the last event, succeeds without writing again.
 */
export async function runCommand(
  deps: Pick<CoreDeps, 'pilots' | 'runner' | 'clock'>,
  input: {
    pilotId: string;
    command: CommandName;
    payload: unknown;
    actor: Actor;
    causationId?: string;
    /** The pilot as the caller already loaded it; only a concurrent writer makes this read it again. */
    current?: Pilot;
  },
): Promise<CommandResult> {
  const def = commands[input.command] as CommandDefinition;
  let loaded = input.current;
  for (let attempt = 1; ; attempt++) {
    const pilot = loaded ?? (await loadPilot(deps, input.pilotId));
    loaded = undefined;
    if (input.causationId && pilot.recentCausations.includes(input.causationId))
      return { pilot, repeated: true };
    try {
      const newEvent = decide(
        pilot,
        input.command,
        input.payload,
        input.actor,
        deps.clock.now(),
        input.causationId,
      );
      return { ...(await commitEvent(deps, input.pilotId, pilot, newEvent, input.actor)), repeated: false };
    } catch (error) {
      if (error instanceof ForbiddenTransitionError) {
        const [lastEvent] = (await deps.pilots.events(input.pilotId)).slice(-1);
        if (isRepeat(pilot, lastEvent, def, input)) return { pilot, repeated: true };
      }
      if (error instanceof ConcurrencyConflictError && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}
