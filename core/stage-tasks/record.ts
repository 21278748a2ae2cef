// Stage-machine tasks that record lifecycle events and send notifications on behalf of the system.
import * as z from 'zod';
import { systemActor } from '../actors.ts';
import { commandNames } from '../lifecycle/commands.ts';
import { stageMachineSchema } from '../lifecycle/stages.ts';
import { notificationKindSchema } from '../notifications/messages.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { notify } from '../use-cases/notify.ts';
import { loadPilot, runCommand } from '../use-cases/run-command.ts';

const pilotIdInput = z.object({ pilotId: z.string().min(1) });

export const recordTransitionInput = pilotIdInput.extend({
  command: z.enum(commandNames as [string, ...string[]]),
  payload: z.record(z.string(), z.unknown()).default({}),
  causationId: z.string().min(1),
});

/** Records a system command; a re-driven step with the same causation id records nothing new. */
export async function recordTransition(deps: CoreDeps, raw: unknown) {
  const input = recordTransitionInput.parse(raw);
  const { pilot, repeated } = await runCommand(deps, {
    pilotId: input.pilotId,
    command: input.command as (typeof commandNames)[number],
    payload: input.payload,
    actor: systemActor,
    causationId: input.causationId,
  });
  return { stage: pilot.stage, version: pilot.version, repeated };
}

export const notifyInput = pilotIdInput.extend({
  kind: notificationKindSchema,
  detail: z.union([z.string(), z.number()]).optional(),
});

export async function sendNotification(deps: CoreDeps, raw: unknown) {
  const input = notifyInput.parse(raw);
  const pilot = await loadPilot(deps, input.pilotId);
  const to = await notify(deps, pilot, input.kind, input.detail === undefined ? '' : String(input.detail));
  return { sentTo: to.length };
}

/** Gives the state machine the facts it branches on or passes to later tasks. */
export async function describePilot(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, pilotIdInput.parse(raw).pilotId);
  const latest = pilot.submissions.at(-1);
  return {
    stage: pilot.stage,
    cityName: pilot.cityName,
    verifierId: pilot.verifierId ?? null,
    latestSubmissionVersion: latest?.version ?? null,
    dueAt: pilot.dueAt ?? null,
  };
}

const failureInput = pilotIdInput.extend({
  machine: stageMachineSchema,
  executionName: z.string().min(1),
  failure: z
    .object({ Error: z.string().default('Unknown'), Cause: z.string().default('') })
    .default({ Error: 'Unknown', Cause: '' }),
});

/** The Catch target of every stage machine: the failure becomes an event the secretariat sees and can retry. */
export async function recordStageFailure(deps: CoreDeps, raw: unknown) {
  const input = failureInput.parse(raw);
  const cause = input.failure.Cause.slice(0, 1000);
  const { pilot, repeated } = await runCommand(deps, {
    pilotId: input.pilotId,
    command: 'recordStageFailure',
    payload: { machine: input.machine, error: input.failure.Error, cause },
    actor: systemActor,
    causationId: `${input.executionName}/failure`,
  });
  if (!repeated) await notify(deps, pilot, 'stage_failed', `${input.machine}: ${input.failure.Error}`);
  deps.logger.error('Stage failed', {
    pilotId: input.pilotId,
    machine: input.machine,
    error: input.failure.Error,
    cause,
  });
  return { recorded: !repeated };
}
