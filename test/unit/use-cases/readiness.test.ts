// Certification readiness as a use case: rules versioned by the secretariat, a pilot's checklist read from its stored
// dataset, and a certification request refused with every unmet rule while nothing is written.
import { describe, expect, it } from 'vitest';
import { ForbiddenError, ForbiddenTransitionError, InvalidRequestError } from '../../../core/errors.ts';
import { defaultReadinessRules } from '../../../core/readiness/rules.ts';
import { decideOnPilot } from '../../../core/use-cases/decisions/decide-on-pilot.ts';
import {
  currentReadinessRules,
  pilotReadiness,
  publishReadinessRules,
  readinessRulesVersion,
} from '../../../core/use-cases/readiness.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, otherCity, secretariat } from '../../support/pilots.ts';
import { everythingReported, reportedAndVerified, storeDataset } from '../../support/readiness.ts';
import { resultsWith } from '../scoring/fixtures.ts';

const stricter = defaultReadinessRules.rules.map((r) =>
  r.kind === 'core_kpis_verified_per_dimension' ? { ...r, minShare: 0.9 } : r,
);

describe('the readiness rules in force', () => {
  it('are the shipped defaults until the secretariat publishes a version, which names its author and time', async () => {
    const deps = memoryDeps();
    const before = await currentReadinessRules(deps);

    const { table, previous } = await publishReadinessRules(deps, secretariat, {
      rules: stricter,
      note: 'Board decision of March: 90 % of core KPIs',
    });

    expect(before).toBe(defaultReadinessRules);
    expect(previous).toBe(defaultReadinessRules);
    expect(table).toMatchObject({
      version: 2,
      createdBy: secretariat.userId,
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    expect(await currentReadinessRules(deps)).toEqual(table);
    expect(await readinessRulesVersion(deps, 1)).toBe(defaultReadinessRules);
  });

  it('are changed by the secretariat only, and never to a table that drops a required rule', async () => {
    const deps = memoryDeps();
    const dropped = defaultReadinessRules.rules.filter((r) => r.kind !== 'reported_data_points');

    await expect(publishReadinessRules(deps, city, { rules: stricter })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const refused = publishReadinessRules(deps, secretariat, { rules: dropped });

    await expect(refused).rejects.toBeInstanceOf(InvalidRequestError);
    expect(await deps.tables.currentTable('readiness')).toBeUndefined();
  });
});

describe("a pilot's readiness", () => {
  it('is read from the dataset the verifier locked, by the city and the secretariat but no other city', async () => {
    const deps = memoryDeps();
    const pilot = await deps.pilots.seed(reportedAndVerified());
    await storeDataset(deps, everythingReported(pilot.pilotId));

    const seen = await pilotReadiness(deps, city, pilot.pilotId);

    expect(seen).toMatchObject({ rulesVersion: 1, ready: true });
    expect(await pilotReadiness(deps, secretariat, pilot.pilotId)).toEqual(seen);
    await expect(pilotReadiness(deps, otherCity, pilot.pilotId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('a certification request', () => {
  it('is refused with every unmet rule when the dataset reports nothing, and nothing is recorded', async () => {
    const deps = memoryDeps();
    const pilot = await deps.pilots.seed(reportedAndVerified());
    await storeDataset(deps, resultsWith({}, pilot.pilotId));

    const refused = decideOnPilot(deps, secretariat, {
      pilotId: pilot.pilotId,
      decision: 'certification',
      body: {},
    });

    const error = await refused.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ForbiddenTransitionError);
    const { unmet } = (error as ForbiddenTransitionError).details as { unmet: { kind: string }[] };
    expect(unmet.map((c) => c.kind)).toEqual([
      'reported_data_points',
      'core_kpis_verified_per_dimension',
      'unreported_explained',
    ]);
    expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
    expect(deps.runner.started).toEqual([]);
  });

  it('records the rules version it met', async () => {
    const deps = memoryDeps();
    const pilot = await deps.pilots.seed(reportedAndVerified());
    await storeDataset(deps, everythingReported(pilot.pilotId));
    await publishReadinessRules(deps, secretariat, { rules: stricter });

    await decideOnPilot(deps, secretariat, { pilotId: pilot.pilotId, decision: 'certification', body: {} });

    expect((await deps.pilots.events(pilot.pilotId)).at(-1)).toMatchObject({
      type: 'CertificationRequested',
      data: { readinessRulesVersion: 2 },
    });
  });

  it('refuses a client that names a rules version of its own', async () => {
    const deps = memoryDeps();
    const pilot = await deps.pilots.seed(reportedAndVerified());
    await storeDataset(deps, everythingReported(pilot.pilotId));

    const claimed = decideOnPilot(deps, secretariat, {
      pilotId: pilot.pilotId,
      decision: 'certification',
      body: { readinessRulesVersion: 1 },
    });

    await expect(claimed).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
