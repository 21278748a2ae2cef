// The layout of a pilot's view in items: a bounded head and one detail per review, query, submission, document,
// clarification and call.
import { describe, expect, it } from 'vitest';
import {
  assemble,
  detailChanges,
  detailsOf,
  headOf,
  storedDetails,
} from '../../../adapters/aws/projection-items.ts';
import { openQuery, verifying } from '../../support/decision-cases.ts';

const review = { status: 'accepted' as const, at: '2026-03-01T10:00:00.000Z', by: 'verifier' };
const pilot = verifying(
  {
    reviews: {
      'EC.ICT.ICT.1C': review,
      'EC.ICT.ICT.2C': { ...review, status: 'rejected', note: 'No source' },
    },
    queries: [openQuery, { ...openQuery, queryId: 'q-later', status: 'closed' }],
  },
  {
    documents: [
      { kind: 'report', key: 'reports/r.pdf', contentType: 'application/pdf', createdAt: review.at },
      { kind: 'annex', key: 'reports/a.pdf', contentType: 'application/pdf', createdAt: review.at },
    ],
    clarifications: [
      {
        threadId: 'k7',
        kpiId: 'EC.ICT.ICT.1C',
        question: 'Does a mobile connection count?',
        userId: 'aurora',
        openedAt: review.at,
        status: 'open',
        replies: 1,
        waitingOn: 'city',
        lastAt: review.at,
      },
    ],
    calls: [
      {
        callId: 'call8',
        topic: 'The transport KPIs',
        proposedTimes: ['2026-03-10T09:00:00.000Z'],
        userId: 'aurora',
        requestedAt: review.at,
        status: 'requested',
      },
    ],
  },
);

const reversedKeys = (value: unknown): unknown =>
  value && typeof value === 'object'
    ? Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reversedKeys(v)]),
      )
    : value;

describe('a pilot view laid out in items', () => {
  it('keeps no growing collection in the head', () => {
    const head = headOf(pilot);

    expect(head.verification?.reviews).toEqual({});
    expect(head.verification?.queries).toEqual([]);
    expect(head.submissions).toEqual([]);
    expect(head.documents).toEqual([]);
    expect([head.clarifications, head.calls]).toEqual([[], []]);
    expect(head.verification?.stoppedMs).toBe(pilot.verification?.stoppedMs);
  });

  it('gives the view back from its head and its details, whatever order the details come in', () => {
    const details = [...detailsOf(pilot).values()].reverse();

    expect(assemble(headOf(pilot), details)).toEqual(pilot);
    expect(assemble(headOf(pilot), details).verification?.queries.map((q) => q.queryId)).toEqual([
      openQuery.queryId,
      'q-later',
    ]);
  });

  it('gives a view without clarifications or calls back without them', () => {
    const { clarifications: _c, calls: _calls, ...bare } = pilot;

    expect(assemble(headOf(bare), detailsOf(bare).values())).toEqual(bare);
  });

  it('writes only the details that changed, and removes those the view no longer has', () => {
    const stored = storedDetails(detailsOf(pilot).values());
    const { 'EC.ICT.ICT.2C': _dropped, ...kept } = pilot.verification!.reviews;
    const next = {
      ...pilot,
      verification: { ...pilot.verification!, reviews: { ...kept, 'EC.ICT.ICT.3C': review } },
    };

    const { put, remove } = detailChanges(stored, detailsOf(next));

    expect(put).toEqual([{ kind: 'review', dataPointId: 'EC.ICT.ICT.3C', review }]);
    expect(remove).toEqual(['STATE#REVIEW#EC.ICT.ICT.2C']);
  });

  it('sees a detail read back with its keys in another order as unchanged', () => {
    const [key, detail] = [...detailsOf(pilot)][0]!;
    const reordered = reversedKeys(detail) as typeof detail;

    expect(detailChanges(storedDetails([reordered]), new Map([[key, detail]])).put).toEqual([]);
  });
});
