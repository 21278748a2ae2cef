// The benchmark targets table: the shipped defaults until the secretariat publishes, every version kept, and a
// new version numbered, dated and signed by the server.
import { describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidRequestError, NotFoundError } from '../../../core/errors.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { currentTargets, publishTargets, targetsVersion } from '../../../core/use-cases/targets.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, secretariat } from '../../support/pilots.ts';

/** The defaults with the first target lowered by a tenth. */
const lowered = () => defaultTargets.entries.map((e, i) => (i === 0 ? { ...e, target: e.target * 0.9 } : e));

describe('the targets in force', () => {
  it('are the shipped defaults until a version is published, which is then kept beside them', async () => {
    const deps = memoryDeps();
    const before = await currentTargets(deps);

    // The version, time and author are the server's: a body naming them is refused, and nothing is published.
    await expect(
      publishTargets(deps, secretariat, { entries: lowered(), version: 99, createdBy: 'mallory' }),
    ).rejects.toBeInstanceOf(InvalidRequestError);
    const { table, changes } = await publishTargets(deps, secretariat, {
      entries: lowered(),
      note: 'Lower internet target',
    });

    expect(before).toBe(defaultTargets);
    expect(table).toMatchObject({
      version: defaultTargets.version + 1,
      createdAt: '2026-03-02T09:00:00.000Z',
      createdBy: secretariat.userId,
      note: 'Lower internet target',
    });
    expect(changes.changed.map((c) => [c.dataPointId, c.fields])).toEqual([
      [defaultTargets.entries[0]!.dataPointId, ['target']],
    ]);
    expect(await currentTargets(deps)).toEqual(table);
    expect(await targetsVersion(deps, defaultTargets.version)).toBe(defaultTargets);
    expect(await targetsVersion(deps, table.version)).toEqual(table);
    await expect(targetsVersion(deps, 7)).rejects.toThrow(new NotFoundError('No targets version 7'));
  });

  it('are changed by the secretariat only', async () => {
    const deps = memoryDeps();

    await expect(publishTargets(deps, city, { entries: lowered() })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await deps.tables.currentTable('targets')).toBeUndefined();
  });

  it('refuse a table naming a data point the catalogue lacks, with the issues', async () => {
    const deps = memoryDeps();
    const entries = [{ dataPointId: 'XX.NOPE.1C', target: 1, unit: '%', source: 'x', illustrative: true }];

    const refused = publishTargets(deps, secretariat, { entries });

    await expect(refused).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(refused).rejects.toMatchObject({
      details: { issues: ['XX.NOPE.1C: not a data point of the catalogue'] },
    });
  });

  it('refuse a version someone published meanwhile', async () => {
    const deps = memoryDeps();
    const { table } = await publishTargets(deps, secretariat, { entries: lowered() });
    // A second writer still sees the defaults as current and numbers its table the same.
    deps.tables.currentTable = async () => undefined;

    const late = publishTargets(deps, secretariat, { entries: defaultTargets.entries });

    await expect(late).rejects.toThrow(
      `Version ${table.version} was published meanwhile; reload and try again`,
    );
    expect(await deps.tables.tableVersion('targets', table.version)).toEqual(table);
  });
});
