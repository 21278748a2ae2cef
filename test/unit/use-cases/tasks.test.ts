// What each person must do next: the secretariat's decisions and retries, the supervisor's approvals, the
// verifier's assignments and reviews, the city's open queries.
import { describe, expect, it } from 'vitest';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { reminderKey } from '../../../core/lifecycle/pilot.ts';
import { listTasks } from '../../../core/use-cases/tasks.ts';
import { concluded, idle, inDraftReview, openQuery, verifying } from '../../support/decision-cases.ts';
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

const thread = {
  threadId: 'k3',
  kpiId: 'EC.ICT.ICT.1C',
  question: 'Which households count?',
  userId: 'aurora',
  openedAt: '2026-03-01T00:00:00.000Z',
  status: 'open' as const,
  replies: 0,
  waitingOn: 'secretariat' as const,
  lastAt: '2026-03-01T00:00:00.000Z',
};
const call = {
  callId: 'call4',
  topic: 'The water KPIs',
  proposedTimes: ['2026-03-12T09:00:00.000Z', '2026-03-11T09:00:00.000Z'],
  userId: 'aurora',
  requestedAt: '2026-03-01T00:00:00.000Z',
  status: 'requested' as const,
};

describe('clarifications and calls in the task lists', () => {
  const collecting = pilotIn('data_collection', {
    ...idle,
    clarifications: [
      thread,
      { ...thread, threadId: 'k5', waitingOn: 'city', replies: 1 },
      { ...thread, threadId: 'k6', status: 'closed' },
    ],
    calls: [call, { ...call, callId: 'call7', status: 'scheduled' }],
  });

  it('give the secretariat each thread awaiting its answer and each requested call, due at its earliest time', async () => {
    const deps = memoryDeps();
    await deps.pilots.seed(collecting);

    expect((await listTasks(deps, secretariat)).map((t) => [t.kind, t.dueAt, t.detail])).toEqual([
      ['answer_clarification', undefined, 'EC.ICT.ICT.1C: Which households count?'],
      ['answer_call', '2026-03-11T09:00:00.000Z', 'The water KPIs'],
    ]);
  });

  it('give the city each thread the secretariat replied to', async () => {
    expect(await tasksOf(city, [collecting])).toEqual([
      [collecting.pilotId, 'read_clarification_reply', 'EC.ICT.ICT.1C: Which households count?'],
    ]);
  });

  it('give the assigned verifier a requested call during verification', async () => {
    expect(await tasksOf(verifier, [verifying({}, { calls: [call] })])).toEqual([
      ['paurora0001', 'verify', '0 data points reviewed'],
      ['paurora0001', 'answer_call', 'The water KPIs'],
    ]);
  });
});

describe('the draft report review in the task lists', () => {
  const comment = { commentId: 'c9', section: 'summary' as const, at: '2026-03-02T00:00:00.000Z' };

  it('give the city the review, due at the end of its window, while it is the city’s turn', async () => {
    const deps = memoryDeps();
    await deps.pilots.seed(inDraftReview());

    expect((await listTasks(deps, city)).map((t) => [t.kind, t.dueAt])).toEqual([
      ['review_draft', '2099-01-01T00:00:00.000Z'],
    ]);
    expect(await tasksOf(verifier, [inDraftReview()])).toEqual([]);
  });

  it('give the verifier each unanswered comment, and not the city', async () => {
    const pilot = inDraftReview([comment, { ...comment, commentId: 'c10', answeredAt: comment.at }]);

    expect(await tasksOf(verifier, [pilot])).toEqual([[pilot.pilotId, 'answer_draft_comment', 'summary']]);
    expect(await tasksOf(city, [pilot])).toEqual([]);
  });

  it('give the verifier the issue once the sweeper recorded the end of the window', async () => {
    const endsAt = '2026-03-10T00:00:00.000Z';
    const pilot = inDraftReview([], endsAt);
    pilot.remindersSent = [reminderKey({ kind: 'draft_review_ended', dueAt: endsAt })];

    expect(await tasksOf(verifier, [pilot])).toEqual([[pilot.pilotId, 'issue_report', undefined]]);
    expect(await tasksOf(city, [pilot])).toEqual([]);
  });
});
