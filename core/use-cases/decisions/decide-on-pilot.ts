// The one use case behind every human decision on a pilot: permission first, the pilot loaded once, the request
// turned into the command's payload, then decide, commit, and tell whoever the decision concerns.
import * as z from 'zod';
import type { Actor } from '../../actors.ts';
import { InvalidRequestError } from '../../errors.ts';
import { type CommandName, commands } from '../../lifecycle/commands.ts';
import { assertMayIssue, parsePayload } from '../../lifecycle/decide.ts';
import type { PilotEvent } from '../../lifecycle/events.ts';
import type { NotificationKind } from '../../notifications/messages.ts';
import type { CoreDeps } from '../deps.ts';
import { notify } from '../notify.ts';
import { type CommandResult, loadPilot, resumePendingRun, runCommand } from '../run-command.ts';
import type { DecisionDefinition, DecisionParams, Prepared } from './definition.ts';
import { type DecisionName, decisions } from './table.ts';

/** The commands a decision may issue; a choice's commands share their actors, so any of them decides who may ask. */
export function commandsOf(definition: DecisionDefinition): CommandName[] {
  return typeof definition.command === 'string' ? [definition.command] : Object.values(definition.command);
}

function asObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw new InvalidRequestError('The request body must be a JSON object');
  return body as Record<string, unknown>;
}

/** For a choice, the `decision` field names the command and is not part of its payload. */
function chooseCommand(definition: DecisionDefinition, body: Record<string, unknown>) {
  if (typeof definition.command === 'string') return { command: definition.command, rest: body };
  const { decision, ...rest } = body;
  const choices = Object.keys(definition.command) as [string, ...string[]];
  const chosen = z.enum(choices).safeParse(decision);
  if (!chosen.success) throw new InvalidRequestError(`"decision" must be one of: ${choices.join(', ')}`);
  return { command: definition.command[chosen.data] as CommandName, rest };
}

/** Decisions that no stage machine follows up, so the notification is sent here. */
function followUp(event: PilotEvent): { kind: NotificationKind; detail: string } | undefined {
  switch (event.type) {
    case 'LetterOfIntentDeclined':
      return { kind: 'letter_declined', detail: event.data.reason };
    case 'VerifierDeclined':
      return { kind: 'verifier_declined', detail: event.data.reason };
    case 'SubmissionReturned':
      return { kind: 'submission_returned', detail: event.data.reason };
    case 'PilotWithdrawn':
      return { kind: 'pilot_withdrawn', detail: event.data.reason };
    case 'QueryRaised':
      return { kind: 'query_raised', detail: event.data.dataPointId };
    case 'QueryAnswered':
      return { kind: 'query_answered', detail: event.data.queryId };
    case 'ConclusionSubmitted':
      return { kind: 'conclusion_submitted', detail: event.data.datasetHash };
    case 'ConclusionReturned':
      return { kind: 'conclusion_returned', detail: event.data.comments };
    case 'DatasetUnlocked':
      return { kind: 'dataset_unlocked', detail: event.data.reason };
    default:
      return undefined;
  }
}

async function tellWhomItConcerns(deps: CoreDeps, result: CommandResult): Promise<void> {
  const message = result.event && followUp(result.event);
  if (!message) return;
  try {
    await notify(deps, result.pilot, message.kind, message.detail);
  } catch (error) {
    // The decision is recorded; a lost e-mail must not turn it into an error for the person who made it.
    deps.logger.warn('Notification failed', {
      pilotId: result.pilot.pilotId,
      kind: message.kind,
      error: String(error),
    });
  }
}

export async function decideOnPilot(
  deps: CoreDeps,
  actor: Actor,
  request: { pilotId: string; decision: DecisionName; body?: unknown; params?: DecisionParams },
): Promise<CommandResult> {
  const definition: DecisionDefinition = decisions[request.decision];
  const pilot = await loadPilot(deps, request.pilotId);
  // Authorization before anything about the request, so a forbidden caller learns nothing about payload rules.
  assertMayIssue(pilot, commandsOf(definition)[0]!, actor);
  const { command, rest } = chooseCommand(definition, asObject(request.body));
  const prepared: Prepared = definition.prepare
    ? await definition.prepare({
        deps,
        pilot,
        actor,
        body: definition.body ? parsePayload(definition.body, rest, commands[command].describe) : rest,
        params: request.params ?? {},
      })
    : { payload: rest };
  if ('repeated' in prepared) return { pilot, repeated: true };
  const result = await runCommand(deps, {
    pilotId: pilot.pilotId,
    command,
    payload: prepared.payload,
    actor,
    current: pilot,
  });
  // A decision sent again after the first attempt failed between recording and starting its stage starts it now.
  if (result.repeated) await resumePendingRun(deps, result.pilot);
  else await tellWhomItConcerns(deps, result);
  return result;
}
