import { describe, expect, it } from 'vitest';
import type { PilotEvent } from '../../../core/lifecycle/events.ts';
import { pageOfEvents, timelineRequestSchema } from '../../../core/use-cases/timeline-page.ts';

const event = (seq: number, note = ''): PilotEvent =>
  ({
    pilotId: 'p-1',
    seq,
    at: '2026-10-01T09:00:00.000Z',
    actor: { userId: 'amina', role: 'secretariat' },
    type: 'InternalNoteAdded',
    data: { text: note },
  }) as PilotEvent;
const bytesOf = (e: PilotEvent) => Buffer.byteLength(JSON.stringify(e));

describe('pageOfEvents', () => {
  it('gives the whole log when it fits, with no cursor', () => {
    const events = [1, 2, 3].map((seq) => event(seq));
    expect(pageOfEvents(events, undefined, 1_000_000)).toEqual({ events });
  });

  it('gives the newest events that fit the budget, oldest first, and the cursor to the rest', () => {
    const events = [1, 2, 3, 4].map((seq) => event(seq, 'x'.repeat(100)));
    const page = pageOfEvents(events, undefined, bytesOf(events[0]!) * 2);
    expect(page.events.map((e) => e.seq)).toEqual([3, 4]);
    expect(page.olderBefore).toBe(3);
  });

  it('reads the page before a cursor, and ends without one', () => {
    const events = [1, 2, 3, 4].map((seq) => event(seq, 'x'.repeat(100)));
    const budget = bytesOf(events[0]!) * 2;
    const page = pageOfEvents(events, 3, budget);
    expect(page).toEqual({ events: events.slice(0, 2) });
  });

  it('always gives at least one event, however large', () => {
    const events = [event(1), event(2, 'x'.repeat(5000))];
    expect(pageOfEvents(events, undefined, 10).events.map((e) => e.seq)).toEqual([2]);
  });
});

describe('timelineRequestSchema', () => {
  it('reads a cursor and a list of event types', () => {
    expect(timelineRequestSchema.parse({ before: '42', type: 'QueryRaised,QueryAnswered' })).toEqual({
      before: 42,
      type: ['QueryRaised', 'QueryAnswered'],
    });
  });

  it('refuses a cursor that is not an event number, an unknown event type and an unknown parameter', () => {
    expect(timelineRequestSchema.safeParse({ before: '-1' }).success).toBe(false);
    expect(timelineRequestSchema.safeParse({ type: 'QueryRaised,Nonsense' }).success).toBe(false);
    expect(timelineRequestSchema.safeParse({ after: '3' }).success).toBe(false);
  });
});
