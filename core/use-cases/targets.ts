// The benchmark targets table: the version in force, older versions, and new versions published by the secretariat.
import type { Actor } from '../actors.ts';
import { defaultTargets } from '../scoring/default-targets.ts';
import { diffTargets, type TargetsTable, targetsRequestSchema, validateTargets } from '../scoring/targets.ts';
import type { CoreDeps } from './deps.ts';
import { programmeTableUseCases } from './programme-tables.ts';

const targets = programmeTableUseCases({
  kind: 'targets',
  name: 'targets',
  defaults: defaultTargets,
  request: targetsRequestSchema,
  validate: validateTargets,
});

/** The newest stored version, or the shipped defaults before the secretariat has published any. */
export const currentTargets: (deps: Pick<CoreDeps, 'tables'>) => Promise<TargetsTable> = targets.current;
export const targetsVersion = targets.version;

/** Publishes the next version and says what changed from the one it replaces. */
export async function publishTargets(deps: Pick<CoreDeps, 'tables' | 'clock'>, actor: Actor, body: unknown) {
  const { table, previous } = await targets.publish(deps, actor, body);
  return { table, changes: diffTargets(previous, table) };
}
