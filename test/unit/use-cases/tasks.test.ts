// What each person must do next: the secretariat's decisions and retries, the supervisor's approvals, the
// verifier's assignments and reviews, the city's open queries.
import { describe, expect, it } from 'vitest';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { listTasks } from '../../../core/use-cases/tasks.ts';
import { concluded, idle, openQuery, verifying } from '../../support/decision-cases.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, otherCity, pilotIn, secretariat, supervisor, verifier } from '../../support/pilots.ts';

async function tasksOf(actor: Parameters<typeof listTasks>[1], pilots: Pilot[]) {
  const deps = memoryDeps();
  for (const pilot of pilots) await deps.pilots.seed(pilot);
  return (await listTasks(deps, actor)).map((t) => [t.pilotId, t.kind, t.detail]);
}

const pending = {
  machine: 'template-issuance' as const,
  executionName: 'x',
  since: '2026-03-01T00:00:00.000Z',
};

describe('the secretariat’s tasks', () => {
  it('are the decisions each stage waits for, and a retry where a stage failed', async () => {
    const tasks = await tasksOf(secretariat, [
      pilotIn('loi_received', { ...idle, pilotId: 'pletter', updatedAt: '2026-03-01T05:00:00.000Z' }),
      pilotIn('validated', { ...idle, pilotId: 'pappoint', updatedAt: '2026-03-01T04:00:00.000Z' }),
      pilotIn('reported', { ...idle, pilotId: 'pcertify', updatedAt: '2026-03-01T03:00:00.000Z' }),
      pilotIn('accepted', { pilotId: 'pfailed', updatedAt: '2026-03-01T02:00:00.000Z' }),
      pilotIn('data_collection', { ...idle, pilotId: 'pnothing' }),
    ]);

    expect(tasks).toEqual([
      ['pletter', 'review_letter', undefined],
      ['pfailed', 'retry_stage', 'reporting'],
      ['pappoint', 'appoint_verifier', undefined],
      ['pcertify', 'certify', undefined],
    ]);
  });

  it('include the retry of a failed verification dispatch, which leaves the pilot assigned', async () => {
    const failure = {
      machine: 'verification-dispatch' as const,
      error: 'Boom',
      cause: '',
      at: '2026-03-01T00:00:00.000Z',
    };

    const tasks = await tasksOf(secretariat, [pilotIn('verifier_assigned', { lastFailure: failure })]);

    expect(tasks).toEqual([['paurora0001', 'retry_stage', 'verification-dispatch']]);
  });

  it('wait while a stage run is pending, even after a failure', async () => {
    expect(await tasksOf(secretariat, [pilotIn('loi_received', { pendingRun: pending })])).toEqual([]);
  });

  it('include approving a submitted conclusion for its supervisor only', async () => {
    expect(await tasksOf(supervisor, [concluded])).toEqual([
      [concluded.pilotId, 'approve_conclusion', concluded.verification?.conclusion?.datasetHash],
    ]);
    expect(await tasksOf(secretariat, [concluded])).toEqual([]);
  });
});

describe('the verifier’s tasks', () => {
  it('are answering an assignment, verifying with the reviews counted, and reading answered queries', async () => {
    const reviewed = { status: 'accepted' as const, at: '2026-03-01T00:00:00.000Z', by: 'verifier' };
    const tasks = await tasksOf(verifier, [
      pilotIn('verifier_assigned', { ...idle, pilotId: 'passigned', updatedAt: '2026-03-01T05:00:00.000Z' }),
      verifying(
        {
          reviews: { 'EC.ICT.ICT.1C': reviewed },
          queries: [{ ...openQuery, status: 'answered', answers: 1 }],
        },
        { pilotId: 'pverifying' },
      ),
      pilotIn('in_verification', { ...idle, pilotId: 'pelse', verifierId: 'verifier2' }),
    ]);

    expect(tasks).toEqual([
      ['passigned', 'answer_assignment', undefined],
      ['pverifying', 'verify', '1 data points reviewed'],
      ['pverifying', 'read_answer', 'q1'],
    ]);
  });

  it('stop once the conclusion is submitted', async () => {
    expect(await tasksOf(verifier, [concluded])).toEqual([]);
  });
});

describe('the city’s tasks', () => {
  it('are its open queries, with their deadline', async () => {
    const pilot = verifying({ queries: [openQuery, { ...openQuery, queryId: 'q2', status: 'closed' }] });
    const deps = memoryDeps();
    await deps.pilots.seed(pilot);

    expect(await listTasks(deps, city)).toEqual([
      {
        pilotId: pilot.pilotId,
        cityName: 'Aurora',
        stage: 'in_verification',
        kind: 'answer_query',
        dueAt: openQuery.dueAt,
        detail: `q1: ${openQuery.question}`,
      },
    ]);
    expect(await listTasks(deps, otherCity)).toEqual([]);
  });
});
