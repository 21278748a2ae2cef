// The city's clarifications about a KPI with the secretariat and its calls with the verifier and the secretariat:
// who answers next, closed threads refused, a call at one of the proposed times, and the caps that bound the view.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import { MAX_CLARIFICATIONS } from '../../../core/lifecycle/clarifications.ts';
import type { CommandName } from '../../../core/lifecycle/commands.ts';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { act as actAt, refusal as refusalAt } from '../../support/decide-steps.ts';
import { city, pilotIn, secretariat } from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');
const later = ['2026-03-10T09:00:00.000Z', '2026-03-11T14:00:00.000Z'];
const question = { kpiId: 'EC.ICT.ICT.1C', question: 'Does a mobile connection count?' };

const act = (pilot: Pilot, command: CommandName, payload: unknown, actor: Actor) =>
  actAt(pilot, command, payload, actor, now);
const refusal = (pilot: Pilot, command: CommandName, payload: unknown, actor: Actor) =>
  refusalAt(pilot, command, payload, actor, now);

describe('a clarification', () => {
  const collecting = pilotIn('data_collection');

  it('waits on the secretariat, then on the city, and refuses replies once closed', () => {
    const opened = act(collecting, 'openClarification', question, city);
    const { threadId } = opened.clarifications![0]!;
    const replied = act(opened, 'replyToClarification', { threadId, text: 'Yes, at home.' }, secretariat);
    const closed = act(replied, 'closeClarification', { threadId, resolution: 'Answered' }, city);

    expect([opened, replied].map((p) => p.clarifications?.[0]?.waitingOn)).toEqual(['secretariat', 'city']);
    expect(closed.clarifications?.[0]).toMatchObject({
      status: 'closed',
      replies: 1,
      resolution: 'Answered',
    });
    // With no thread open, the precondition refuses first (and next steps no longer offer a reply).
    expect(refusal(closed, 'replyToClarification', { threadId, text: 'One more' }, city)).toContain(
      'No clarification is open',
    );
  });

  it('is refused for an unknown KPI and beyond the most a pilot may have', () => {
    const full = pilotIn('data_collection', {
      clarifications: Array.from({ length: MAX_CLARIFICATIONS }, (_, i) => ({
        ...question,
        threadId: `k${i}`,
        userId: 'aurora',
        openedAt: 'x',
        status: 'closed' as const,
        replies: 0,
        waitingOn: 'city' as const,
        lastAt: 'x',
      })),
    });

    expect(
      refusal(collecting, 'openClarification', { ...question, kpiId: 'EC.ICT.ICT.99C' }, city),
    ).toContain('Unknown KPI EC.ICT.ICT.99C');
    expect(refusal(full, 'openClarification', question, city)).toContain(
      `has ${MAX_CLARIFICATIONS} clarifications, the most it may have`,
    );
  });
});

describe('a call', () => {
  const collecting = pilotIn('data_collection');

  it('is scheduled at one of the times the city proposed', () => {
    const requested = act(collecting, 'requestCall', { topic: 'Transport KPIs', proposedTimes: later }, city);
    const { callId } = requested.calls![0]!;

    const scheduled = act(requested, 'acceptCall', { callId, time: later[1] }, secretariat);

    expect(scheduled.calls?.[0]).toMatchObject({ status: 'scheduled', time: later[1] });
  });

  it('refuses a time not proposed, a time in the past, and a second request while one waits', () => {
    const requested = act(collecting, 'requestCall', { topic: 'Transport KPIs', proposedTimes: later }, city);
    const { callId } = requested.calls![0]!;

    expect(
      refusal(requested, 'acceptCall', { callId, time: '2026-03-12T09:00:00.000Z' }, secretariat),
    ).toContain('Choose one of the proposed times');
    expect(
      refusal(
        collecting,
        'requestCall',
        { topic: 'Transport KPIs', proposedTimes: ['2026-02-01T09:00:00Z'] },
        city,
      ),
    ).toContain('Every proposed time must be in the future');
    expect(refusal(requested, 'requestCall', { topic: 'Energy KPIs', proposedTimes: later }, city)).toContain(
      'A requested call still awaits an answer',
    );
  });
});
