// The shape of one human decision on a pilot: the command it issues, and the work that turns the request into the
// command's payload when the body alone is not enough (files to check, a dataset to hash).
import type * as z from 'zod';
import type { Actor } from '../../actors.ts';
import type { CommandName } from '../../lifecycle/commands.ts';
import type { Pilot } from '../../lifecycle/pilot.ts';
import type { CoreDeps } from '../deps.ts';

/** Path parameters beyond the pilot, e.g. the query an answer is for. */
export interface DecisionParams {
  queryId?: string;
}

export interface DecisionContext<B> {
  deps: CoreDeps;
  /** The pilot as loaded once for this decision; the actor may act on it. */
  pilot: Pilot;
  actor: Actor;
  body: B;
  params: DecisionParams;
  /** The command the request issues: for a choice, the one its `decision` names. */
  command: CommandName;
}

/** The command's payload, or that the decision was already recorded (nothing to write). */
export type Prepared = { payload: unknown } | { repeated: true };

export interface DecisionDefinition<B = unknown> {
  /** One command, or a choice named by the body's `decision` field; every choice has the same actors. */
  command: CommandName | Readonly<Record<string, CommandName>>;
  /** What the client sends, checked before `prepare`; without `prepare` the body is the payload itself. */
  body?: z.ZodType<B>;
  prepare?: (context: DecisionContext<B>) => Promise<Prepared>;
}

/**
 * Checks that an entry's prepare step takes what its body schema yields, then forgets the type: the runner parses
 * the body with that very schema before calling prepare.
 */
export function decision<B>(definition: DecisionDefinition<B>): DecisionDefinition {
  return definition as DecisionDefinition;
}

/** How a request that names no valid choice is refused, the same for every choice. */
export const choiceError = (names: readonly string[]) => (issue: { code?: string }) =>
  issue.code === 'invalid_union' ? `"decision" must be one of: ${names.join(', ')}` : undefined;
