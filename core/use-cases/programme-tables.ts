// The programme's versioned tables (benchmark targets, readiness rules): the version in force, older versions, and
// publishing the next one, which only the secretariat may do and which names its author and time.
import type * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError, InvalidRequestError, NotFoundError } from '../errors.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import type { CoreDeps } from './deps.ts';
import type { ProgrammeTableKind, ProgrammeTables } from './ports.ts';

export type TableCheck<T> = { ok: true; table: T } | { ok: false; issues: string[] };

/** How one kind of table is named, defaulted and checked. */
export interface ProgrammeTableSpec<K extends ProgrammeTableKind> {
  kind: K;
  /** As in "publish the …" and "No … version 3". */
  name: string;
  /** In force before the secretariat publishes any version. */
  defaults: ProgrammeTables[K];
  /** What the secretariat sends: the table's content without version, time and author. */
  request: z.ZodType<object>;
  validate: (candidate: unknown, current: ProgrammeTables[K]) => TableCheck<ProgrammeTables[K]>;
}

type Tables = Pick<CoreDeps, 'tables'>;

/** The check of a table that its schema says all about: valid, and numbered after the version in force. */
export function checkedBySchema<T extends { version: number }>(schema: z.ZodType<T>) {
  return (candidate: unknown, current: T): TableCheck<T> => {
    const parsed = schema.safeParse(candidate);
    if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((issue) => issue.message) };
    if (parsed.data.version <= current.version)
      return { ok: false, issues: [`version ${parsed.data.version} must follow ${current.version}`] };
    return { ok: true, table: parsed.data };
  };
}

export async function currentTable<K extends ProgrammeTableKind>(
  deps: Tables,
  spec: ProgrammeTableSpec<K>,
): Promise<ProgrammeTables[K]> {
  return (await deps.tables.currentTable(spec.kind)) ?? spec.defaults;
}

export async function tableVersion<K extends ProgrammeTableKind>(
  deps: Tables,
  spec: ProgrammeTableSpec<K>,
  version: number,
): Promise<ProgrammeTables[K]> {
  const table =
    version === spec.defaults.version ? spec.defaults : await deps.tables.tableVersion(spec.kind, version);
  if (!table) throw new NotFoundError(`No ${spec.name} version ${version}`);
  return table;
}

/** Publishes the next version; the author and time are set here, not by the client. */
export async function publishTable<K extends ProgrammeTableKind>(
  deps: Tables & Pick<CoreDeps, 'clock'>,
  actor: Actor,
  spec: ProgrammeTableSpec<K>,
  body: unknown,
): Promise<{ table: ProgrammeTables[K]; previous: ProgrammeTables[K] }> {
  if (actor.role !== 'secretariat')
    throw new ForbiddenError(`Only the secretariat may change the ${spec.name}`);
  const request = parsePayload(spec.request, body, `publish the ${spec.name}`);
  const current = await currentTable(deps, spec);
  const candidate = {
    ...request,
    version: current.version + 1,
    createdAt: deps.clock.now().toISOString(),
    createdBy: actor.userId,
  };
  const checked = spec.validate(candidate, current);
  if (!checked.ok)
    throw new InvalidRequestError(`The ${spec.name} table is not valid`, { issues: checked.issues });
  if (!(await deps.tables.putTable(spec.kind, checked.table))) {
    throw new InvalidRequestError(
      `Version ${checked.table.version} was published meanwhile; reload and try again`,
    );
  }
  return { table: checked.table, previous: current };
}

/** The three use cases of one kind of table, bound to its spec: the version in force, one version, publishing. */
export function programmeTableUseCases<K extends ProgrammeTableKind>(spec: ProgrammeTableSpec<K>) {
  return {
    current: (deps: Tables) => currentTable(deps, spec),
    version: (deps: Tables, version: number) => tableVersion(deps, spec, version),
    publish: (deps: Tables & Pick<CoreDeps, 'clock'>, actor: Actor, body: unknown) =>
      publishTable(deps, actor, spec, body),
  };
}
