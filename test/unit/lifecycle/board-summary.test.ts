// The board's summary of a pilot: who each stage waits on, what it counts, and that it stays small.
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../../../core/ids.ts';
import { pilotSummarySchema, summarize, waitingOn } from '../../../core/lifecycle/board-summary.ts';
import type { QueryView } from '../../../core/lifecycle/verification-schemas.ts';
import { idle } from '../../support/decision-cases.ts';
import { pilotIn } from '../../support/pilots.ts';

const query = (status: QueryView['status'], n = 1): QueryView => ({
  queryId: `q${n}`,
  dataPointId: 'EN-1',
  question: 'Where does this figure come from?',
  raisedAt: '2026-03-01T00:00:00.000Z',
  dueAt: '2026-03-15T00:00:00.000Z',
  status,
  answers: status === 'open' ? 0 : 1,
});
const verification = (queries: QueryView[], conclusion?: 'submitted' | 'returned') => ({
  reviews: {},
  queries,
  interviews: 0,
  stoppedMs: 0,
  ...(conclusion
    ? {
        conclusion: {
          status: conclusion,
          at: '2026-04-01T00:00:00.000Z',
          datasetVersion: 1,
          datasetHash: 'h',
        },
      }
    : {}),
});

describe('who a pilot waits on', () => {
  it.each([
    ['loi_received', 'secretariat'],
    ['accepted', 'system'],
    ['data_collection', 'city'],
    ['template_issued', 'city'],
    ['submitted', 'system'],
    ['validation_failed', 'city'],
    ['validated', 'secretariat'],
    ['verifier_assigned', 'verifier'],
    ['in_verification', 'verifier'],
    ['verified', 'system'],
    ['reported', 'secretariat'],
    ['certified', 'nobody'],
    ['declined', 'nobody'],
    ['withdrawn', 'nobody'],
  ] as const)('in %s with nothing running waits on %s', (stage, who) => {
    expect(waitingOn(pilotIn(stage, idle))).toBe(who);
  });

  it('waits on the system while a stage run is pending, and on the secretariat once one failed', () => {
    const pendingRun = {
      machine: 'reporting' as const,
      executionName: 'p-reporting-9',
      since: '2026-04-01T00:00:00.000Z',
    };
    const failure = {
      machine: 'reporting' as const,
      error: 'Boom',
      cause: 'x',
      at: '2026-04-01T00:00:00.000Z',
    };

    expect(waitingOn(pilotIn('data_collection', { ...idle, pendingRun }))).toBe('system');
    expect(waitingOn(pilotIn('verified', { ...idle, lastFailure: failure }))).toBe('secretariat');
  });

  it('in verification waits on the city for an open query and on the supervisor for a submitted conclusion', () => {
    const inVerification = (v: ReturnType<typeof verification>) =>
      waitingOn(pilotIn('in_verification', { ...idle, verification: v }));

    expect(inVerification(verification([query('open'), query('answered', 2)]))).toBe('city');
    expect(inVerification(verification([query('answered')]))).toBe('verifier');
    expect(inVerification(verification([query('closed')], 'submitted'))).toBe('supervisor');
    expect(inVerification(verification([], 'returned'))).toBe('verifier');
  });

  it('has no pilot that waits on nobody while it is still active', () => {
    const ended = ['certified', 'declined', 'withdrawn'];
    for (const stage of pilotSummarySchema.shape.stage.options.filter((s) => !ended.includes(s)))
      expect(waitingOn(pilotIn(stage, idle))).not.toBe('nobody');
  });
});

describe('the summary', () => {
  it('counts submissions, open queries and documents, and names a pending or failed run', () => {
    const pilot = pilotIn('in_verification', {
      verification: verification([query('open'), query('open', 2), query('closed', 3)]),
    });

    expect(summarize(pilot)).toMatchObject({
      stage: 'in_verification',
      submissions: 1,
      openQueries: 2,
      documents: 0,
      run: 'failed',
      dueAt: '2026-07-01T00:00:00.000Z',
      dueKind: 'submission',
      verifierId: 'verifier',
      supervisorId: 'supervisor',
    });
  });

  it('carries no deadline once the pilot has ended', () => {
    expect(summarize(pilotIn('withdrawn', idle)).dueAt).toBeUndefined();
  });

  it('stays under 2 KB for a pilot with every field at its maximum', () => {
    const id = 'x'.repeat(MAX_ID_LENGTH);
    const many = Array.from({ length: 500 }, (_, n) => query('open', n));
    const pilot = pilotIn('in_verification', {
      pilotId: id,
      cityId: id,
      verifierId: id,
      supervisorId: id,
      cityName: '城'.repeat(200),
      country: '国'.repeat(100),
      region: '区'.repeat(100),
      verification: verification(many),
      submissions: Array.from({ length: 200 }, () => pilotIn('validated').submissions[0]!),
    });

    const bytes = Buffer.byteLength(JSON.stringify(summarize(pilot)));

    expect(bytes).toBeLessThan(2048);
    expect(pilotSummarySchema.parse(summarize(pilot))).toEqual(summarize(pilot));
  });
});
