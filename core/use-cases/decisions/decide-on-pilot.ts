// The one use case behind every human decision on a pilot: permission first, the pilot loaded once, the request
// turned into the command's payload, then decide, commit, and tell whoever the decision concerns.
import * as z from 'zod';
import type { Actor } from '../../actors.ts';
import { type CommandName, commands } from '../../lifecycle/commands.ts';
import { assertMayIssue, parsePayload } from '../../lifecycle/decide.ts';
import type { PilotEvent } from '../../lifecycle/events.ts';
import type { NotificationKind } from '../../notifications/messages.ts';
import type { CoreDeps } from '../deps.ts';
import { notify } from '../notify.ts';
import { type CommandResult, loadPilot, resumePendingRun, runCommand } from '../run-command.ts';
import { choiceError, type DecisionDefinition, type DecisionParams, type Prepared } from './definition.ts';
import { type DecisionName, decisions } from './table.ts';

/** The commands a decision may issue; a choice's commands share their actors, so any of them decides who may ask. */
export function commandsOf(definition: DecisionDefinition): CommandName[] {
  return typeof definition.command === 'string' ? [definition.command] : Object.values(definition.command);
}

/** The payload of one command of a choice: a plain object, whose fields follow the choice's `decision` field. */
function choicePayload(command: CommandName): z.ZodObject {
  const payload: z.ZodType = commands[command].payload;
  if (!(payload instanceof z.ZodObject) || payload._zod.def.checks?.length)
    throw new Error(`The payload of ${command} is not a plain object`);
  return payload;
}

/** Built once per choice: the schema is the same for every request. */
const choiceSchemas = new Map<DecisionDefinition, z.ZodType>();

/**
 * What the client sends for a decision: the entry's own body, the command's payload, or for a choice the chosen
 * command's payload with `decision` naming it. The runner parses the body with it and the API documents it.
 */
export function requestSchemaOf(definition: DecisionDefinition): z.ZodType {
  if (definition.body) return definition.body;
  if (typeof definition.command === 'string') return commands[definition.command].payload;
  let schema = choiceSchemas.get(definition);
  if (!schema) {
    schema = choiceSchema(definition.command);
    choiceSchemas.set(definition, schema);
  }
  return schema;
}

function choiceSchema(choice: Readonly<Record<string, CommandName>>): z.ZodType {
  const choices = Object.entries(choice);
  const names = choices.map(([decision]) => decision);
  // `decision` first, so the documentation reads each choice from its name.
  const [first, ...others] = choices.map(([decision, command]) =>
    z.strictObject({ decision: z.literal(decision) }).extend(choicePayload(command).shape),
  );
  if (!first) throw new Error('A choice names at least one command');
  return z.discriminatedUnion('decision', [first, ...others], { error: choiceError(names) });
}

/** The command the parsed request issues and what it carries; a choice's `decision` is not part of the payload. */
function chosenCommand(definition: DecisionDefinition, request: unknown) {
  if (typeof definition.command === 'string') return { command: definition.command, body: request };
  const { decision, ...body } = request as { decision: string };
  return { command: definition.command[decision] as CommandName, body };
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
    case 'VerificationConcluded':
      return { kind: 'draft_report_ready', detail: event.data.draftReviewEndsAt?.slice(0, 10) ?? '' };
    case 'DraftReportCommented':
      return { kind: 'draft_commented', detail: event.data.section };
    case 'DraftCommentAnswered':
      return { kind: 'draft_answered', detail: event.data.commentId };
    case 'CaseStudySubmitted':
      return { kind: 'case_study_submitted', detail: String(event.data.number) };
    case 'CaseStudyReviewed':
      return event.data.accepted
        ? { kind: 'case_study_accepted', detail: String(event.data.number) }
        : { kind: 'case_study_returned', detail: event.data.reason ?? '' };
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
  // Then the body, whatever the stage: a request that breaks its schema is refused before any storage is read for it.
  const describe = commandsOf(definition)
    .map((c) => commands[c].describe)
    .join(' or ');
  const parsed = parsePayload(requestSchemaOf(definition), request.body, describe);
  const { command, body } = chosenCommand(definition, parsed);
  const prepared: Prepared = definition.prepare
    ? await definition.prepare({ deps, pilot, actor, body, params: request.params ?? {}, command })
    : { payload: body };
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
