// Where the correlation keys come from: a task's payload, an object key, an API route; and the decorated ports that
// log each recorded event and each stage run with them (the sweeper's re-drives included).
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { correlatedPilots, correlatedRunner } from '../../../adapters/aws/correlated-ports.ts';
import { correlatePilotRoutes, objectLogKeys, taskLogKeys } from '../../../adapters/aws/log-keys.ts';
import { createLogger } from '../../../adapters/aws/logger.ts';
import type { CoreDeps } from '../../../core/use-cases/deps.ts';
import { submitLetterOfIntent } from '../../../core/use-cases/letters.ts';
import { redrivePendingRuns } from '../../../core/use-cases/sweep.ts';
import { captureLogLines } from '../../support/log-lines.ts';
import { RecordingRunner } from '../../support/memory-deps.ts';
import { MemoryStore } from '../../support/memory-store.ts';
import { city, letter } from '../../support/pilots.ts';

const lines = captureLogLines();
const logger = createLogger('test');

describe('keys of a task payload', () => {
  it('are its pilot and the execution rendering put there, and nothing when it names neither', () => {
    expect(taskLogKeys({ pilotId: 'p1', executionName: 'p1-reporting-9', kind: 'x' })).toEqual({
      pilotId: 'p1',
      executionName: 'p1-reporting-9',
    });
    expect(taskLogKeys({ pilotId: 'p1' })).toEqual({ pilotId: 'p1' });
    expect(taskLogKeys(null)).toEqual({});
    expect(taskLogKeys({ pilotId: 42 })).toEqual({});
  });
});

describe('keys of an object key', () => {
  it.each([
    ['uploads/p1/u1.xlsx', 'p1'],
    ['evidence/p2/u2.pdf', 'p2'],
    ['letters/p3/u3.pdf', 'p3'],
    ['unexpected.xlsx', undefined],
  ])('%s belongs to pilot %s', (key, pilotId) => {
    expect(objectLogKeys(key)).toEqual({ pilotId });
  });
});

describe('API requests about a pilot', () => {
  const app = new Hono();
  correlatePilotRoutes(app, '/api', logger);
  app.all('*', (c) => {
    logger.info('Handled', { path: c.req.path });
    return c.text('ok');
  });

  it('log its pilot on every line; other requests log none', async () => {
    for (const path of ['/api/pilots/p1', '/api/pilots/p1/queries/q1/answer', '/api/pilots', '/api/health'])
      await app.request(path);

    expect(lines.map((l) => [l.path, l.pilotId])).toEqual([
      ['/api/pilots/p1', 'p1'],
      ['/api/pilots/p1/queries/q1/answer', 'p1'],
      ['/api/pilots', undefined],
      ['/api/health', undefined],
    ]);
  });
});

describe('decorated ports', () => {
  function setup() {
    const pilots = new MemoryStore();
    const runner = new RecordingRunner();
    const deps = {
      pilots: correlatedPilots(pilots, logger),
      runner: correlatedRunner(runner, logger),
      clock: { now: () => new Date('2026-03-01T00:00:00.000Z') },
    };
    return { deps, runner };
  }

  it('log each recorded event and each requested run with the pilot, and the run with its execution', async () => {
    const { deps, runner } = setup();

    const { pilotId } = await submitLetterOfIntent(deps, city, { letter });

    expect(lines.map(({ message, pilotId, executionName }) => ({ message, pilotId, executionName }))).toEqual(
      [
        { message: 'Event recorded', pilotId, executionName: undefined },
        { message: 'Stage run requested', pilotId, executionName: runner.started[0]?.executionName },
      ],
    );
  });

  it('make the sweep log each pilot whose run it re-drives', async () => {
    const { deps } = setup();
    const a = await submitLetterOfIntent(deps, city, { letter });
    const b = await submitLetterOfIntent(deps, city, { letter });
    lines.splice(0);

    // The re-drive reads only the pilots, the runner and the clock.
    expect(await redrivePendingRuns(deps as unknown as CoreDeps)).toBe(2);

    expect(
      lines
        .filter((l) => l.message === 'Stage run requested')
        .map((l) => l.pilotId)
        .sort(),
    ).toEqual([a.pilotId, b.pilotId].sort());
  });
});
