// Human decisions on a pilot: run the command, then tell whoever the decision concerns.
import type { Actor } from '../actors.ts';
import type { CommandName } from '../lifecycle/commands.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import type { NotificationKind } from '../notifications/messages.ts';
import type { CoreDeps } from './deps.ts';
import { notify } from './notify.ts';
import { type CommandResult, runCommand } from './run-command.ts';

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

export async function decideOnPilot(
  deps: CoreDeps,
  input: { pilotId: string; command: CommandName; payload: unknown; actor: Actor },
): Promise<CommandResult> {
  const result = await runCommand(deps, input);
  const message = result.event && followUp(result.event);
  if (message) {
    try {
      await notify(deps, result.pilot, message.kind, message.detail);
    } catch (error) {
      // The decision is recorded; a lost e-mail must not turn it into an error for the person who made it.
      deps.logger.warn('Notification failed', {
        pilotId: input.pilotId,
        kind: message.kind,
        error: String(error),
      });
    }
  }
  return result;
}
