// The benchmark targets table: the version in force, older versions, and new versions published by the secretariat.
import type { Actor } from '../actors.ts';
import { ForbiddenError, InvalidRequestError, NotFoundError } from '../errors.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import { defaultTargets } from '../scoring/default-targets.ts';
import { diffTargets, type TargetsTable, targetsRequestSchema, validateTargets } from '../scoring/targets.ts';
import type { CoreDeps } from './deps.ts';

/** The newest stored version, or the shipped defaults before the secretariat has published any. */
export async function currentTargets(deps: Pick<CoreDeps, 'targets'>): Promise<TargetsTable> {
  return (await deps.targets.currentTargets()) ?? defaultTargets;
}

export async function targetsVersion(
  deps: Pick<CoreDeps, 'targets'>,
  version: number,
): Promise<TargetsTable> {
  const table =
    version === defaultTargets.version ? defaultTargets : await deps.targets.targetsVersion(version);
  if (!table) throw new NotFoundError(`No targets version ${version}`);
  return table;
}

/** Publishes the next version; the author and time are set here, not by the client. */
export async function publishTargets(deps: Pick<CoreDeps, 'targets' | 'clock'>, actor: Actor, body: unknown) {
  if (actor.role !== 'secretariat')
    throw new ForbiddenError('Only the secretariat may change the benchmark targets');
  const request = parsePayload(targetsRequestSchema, body, 'publish the targets table');
  const current = await currentTargets(deps);
  const candidate = {
    ...request,
    version: current.version + 1,
    createdAt: deps.clock.now().toISOString(),
    createdBy: actor.userId,
  };
  const checked = validateTargets(candidate, current);
  if (!checked.ok)
    throw new InvalidRequestError('The targets table is not valid', { issues: checked.issues });
  if (!(await deps.targets.putTargets(checked.table))) {
    throw new InvalidRequestError(
      `Version ${checked.table.version} was published meanwhile; reload and try again`,
    );
  }
  return { table: checked.table, changes: diffTargets(current, checked.table) };
}
