// The periodic sweep with the clock in the test's hands: each deadline reminder once (at each configured offset,
// overdue, escalated; an overdue query; the end of a draft report's comment window), none while the verifier's clock
// is stopped, and pending runs started again.
import { describe, expect, it } from 'vitest';
import { waitingOn } from '../../../core/lifecycle/board-summary.ts';
import { draftSections } from '../../../core/lifecycle/draft-review-schemas.ts';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { decideOnPilot } from '../../../core/use-cases/decisions/decide-on-pilot.ts';
import { redrivePendingRuns, sendDeadlineReminders, sweep } from '../../../core/use-cases/sweep.ts';
import {
  CITY_EMAIL,
  idle,
  inDraftReview,
  openQuery,
  registeredVerifier,
  SECRETARIAT_EMAIL,
  SUPERVISOR_EMAIL,
  VERIFIER_EMAIL,
  verifying,
} from '../../support/decision-cases.ts';
import { type MemoryDeps, memoryDeps } from '../../support/memory-deps.ts';
import { pilotIn, secretariat } from '../../support/pilots.ts';

const DUE = '2026-03-10T00:00:00.000Z';

/** Reminders two weeks and three days before a deadline, escalation a week after it. */
const settings = { reminderOffsetsDays: [14, 3], escalateAfterDays: 7 };

async function sweeping(...pilots: Pilot[]) {
  const deps = memoryDeps();
  Object.assign(deps.settings, settings);
  await deps.verifiers.putVerifier(registeredVerifier);
  for (const pilot of pilots) await deps.pilots.seed(pilot);
  /** Sweeps at the instant and returns what it sent: [recipients, first line of the text]. */
  const at = async (iso: string) => {
    deps.clock.set(iso);
    const before = deps.notifier.sent.length;
    const count = await sendDeadlineReminders(deps);
    const sent = deps.notifier.sent.slice(before).map((m) => [m.to, m.subject.split(' / ')[0]]);
    expect(sent).toHaveLength(count.sent);
    return sent;
  };
  return { deps, at };
}

const collecting = pilotIn('data_collection', { ...idle, dueAt: DUE });

describe('deadline reminders', () => {
  it('tell the city and the secretariat once at each configured offset, naming the date', async () => {
    const { deps, at } = await sweeping(collecting);

    const early = await at('2026-02-20T00:00:00.000Z');
    const twoWeeks = await at('2026-02-25T00:00:00.000Z');
    const again = await at('2026-02-26T00:00:00.000Z');
    const threeDays = await at('2026-03-08T00:00:00.000Z');

    const dueSoon = [[[CITY_EMAIL, SECRETARIAT_EMAIL], '[U4SSC] Deadline approaching: Aurora']];
    expect([early, again]).toEqual([[], []]);
    expect([twoWeeks, threeDays]).toEqual([dueSoon, dueSoon]);
    expect(deps.notifier.sent.at(-1)?.text).toContain('2026-03-10');
    expect((await deps.pilots.events(collecting.pilotId)).map((e) => [e.type, e.data])).toEqual([
      ['ReminderSent', { kind: 'due_soon', dueAt: DUE, offsetDays: 14 }],
      ['ReminderSent', { kind: 'due_soon', dueAt: DUE, offsetDays: 3 }],
    ]);
  });

  it('send only the nearest offset reached when the sweep did not run at the earlier ones', async () => {
    const { deps, at } = await sweeping(collecting);

    await at('2026-03-08T00:00:00.000Z');

    expect((await deps.pilots.events(collecting.pilotId)).map((e) => e.data)).toEqual([
      { kind: 'due_soon', dueAt: DUE, offsetDays: 3 },
    ]);
  });

  it('tell them once when the deadline has passed, then escalate to the secretariat after the delay', async () => {
    const { at } = await sweeping(collecting);

    const overdue = await at('2026-03-11T00:00:00.000Z');
    const waiting = await at('2026-03-16T00:00:00.000Z');
    const escalated = await at('2026-03-18T00:00:00.000Z');
    const later = await at('2026-03-30T00:00:00.000Z');

    expect(overdue).toEqual([[[CITY_EMAIL, SECRETARIAT_EMAIL], '[U4SSC] Deadline passed: Aurora']]);
    expect(escalated).toEqual([[[SECRETARIAT_EMAIL], '[U4SSC] Deadline missed, escalated: Aurora']]);
    expect([waiting, later]).toEqual([[], []]);
  });

  it('start again for a deadline the secretariat extended', async () => {
    const { deps, at } = await sweeping(collecting);
    await at('2026-03-05T00:00:00.000Z');
    await decideOnPilot(deps, secretariat, {
      pilotId: collecting.pilotId,
      decision: 'deadline',
      body: { dueAt: '2026-04-10T00:00:00.000Z', reason: 'Municipal elections' },
    });

    const beforeNewDeadline = await at('2026-03-20T00:00:00.000Z');
    const dueSoonAgain = await at('2026-04-01T00:00:00.000Z');

    expect(beforeNewDeadline).toEqual([]);
    expect(dueSoonAgain).toEqual([[[CITY_EMAIL, SECRETARIAT_EMAIL], '[U4SSC] Deadline approaching: Aurora']]);
  });

  it('escalate an overdue verification to the verifier and the supervising staff member', async () => {
    const { at } = await sweeping(verifying({}, { dueAt: DUE }));

    expect(await at('2026-03-11T00:00:00.000Z')).toEqual([
      [[VERIFIER_EMAIL, SUPERVISOR_EMAIL], '[U4SSC] Verification overdue: Aurora'],
    ]);
  });

  it('wait while a query has stopped the verifier’s clock', async () => {
    const waiting = { ...openQuery, dueAt: '2026-03-20T00:00:00.000Z' };
    const { at } = await sweeping(
      verifying({ queries: [waiting], clockStoppedSince: waiting.raisedAt }, { dueAt: DUE }),
    );

    expect(await at('2026-03-11T00:00:00.000Z')).toEqual([]);
  });

  it('tell the city and the verifier once about a query left unanswered past its date', async () => {
    const { deps, at } = await sweeping(
      verifying({ queries: [openQuery, { ...openQuery, queryId: 'q2', status: 'closed' }] }),
    );

    const before = await at('2026-03-05T00:00:00.000Z');
    const overdue = await at('2026-03-07T00:00:00.000Z');
    const again = await at('2026-03-08T00:00:00.000Z');

    expect([before, again]).toEqual([[], []]);
    expect(overdue).toEqual([[[CITY_EMAIL, VERIFIER_EMAIL], '[U4SSC] A query is overdue: Aurora']]);
    expect(deps.notifier.sent.at(-1)?.text).toContain('q1');
  });
});

describe('the end of the draft report’s comment window', () => {
  it('hands the review to the verifier once, telling the verifier and the secretariat, and issues nothing', async () => {
    const review = inDraftReview([], DUE);
    const { deps, at } = await sweeping(review);

    const before = await at('2026-03-09T23:00:00.000Z');
    const ended = await at('2026-03-10T06:00:00.000Z');
    const again = await at('2026-03-11T00:00:00.000Z');
    const pilot = await deps.pilots.load(review.pilotId);

    expect([before, again]).toEqual([[], []]);
    expect(ended).toEqual([
      [
        [VERIFIER_EMAIL, SECRETARIAT_EMAIL],
        "[U4SSC] The city's comment window on the draft report ended: Aurora",
      ],
    ]);
    expect(deps.notifier.sent.at(-1)?.text).toContain('2026-03-10');
    expect([pilot?.stage, pilot?.draftReview?.closedAt, waitingOn(pilot!)]).toEqual([
      'verified',
      undefined,
      'verifier',
    ]);
  });

  it('says nothing when the city accepted every section or the review is closed', async () => {
    const accepted = inDraftReview([], DUE);
    accepted.draftReview = { ...accepted.draftReview!, accepted: [...draftSections] };
    const closed = inDraftReview([], DUE);
    closed.pilotId = 'pclosed';
    closed.draftReview = { ...closed.draftReview!, closedAt: DUE };
    const { at } = await sweeping(accepted, closed);

    expect(await at('2026-03-11T00:00:00.000Z')).toEqual([]);
  });
});

describe('a reminder whose e-mail fails', () => {
  /** Refuses mail to one address, as SES in the sandbox refuses an unverified recipient. */
  function refusing(deps: MemoryDeps, address: string) {
    const send = deps.notifier.send.bind(deps.notifier);
    deps.notifier.send = async (message) => {
      if (message.to.includes(address)) throw new Error(`Email address is not verified: ${address}`);
      await send(message);
    };
    return () => {
      deps.notifier.send = send;
    };
  }

  it('neither stops the sweep nor is recorded, and the next sweep sends it', async () => {
    const other = pilotIn('data_collection', {
      ...idle,
      pilotId: 'pother',
      dueAt: DUE,
      letter: {
        ...collecting.letter,
        contact: { ...collecting.letter.contact, email: 'other@city.test' },
      },
    });
    const { deps } = await sweeping(collecting, other);
    const restore = refusing(deps, CITY_EMAIL);
    deps.clock.set('2026-02-25T00:00:00.000Z');

    const first = await sweep(deps, 0);
    restore();
    const second = await sweep(deps, 0);

    expect([first.remindersSent, first.remindersFailed]).toEqual([1, 1]);
    expect([second.remindersSent, second.remindersFailed]).toEqual([1, 0]);
    expect(deps.notifier.sent.map((m) => m.to[0])).toEqual(['other@city.test', CITY_EMAIL]);
    expect((await deps.pilots.events(collecting.pilotId)).map((e) => e.type)).toEqual(['ReminderSent']);
    expect(deps.logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        extra: expect.objectContaining({ pilotId: collecting.pilotId }),
      }),
    );
  });
});

describe('re-driving stage runs', () => {
  const pendingSince = (pilotId: string, since: string): Pilot =>
    pilotIn('accepted', {
      ...idle,
      pilotId,
      pendingRun: { machine: 'template-issuance', executionName: `${pilotId}-template-issuance-6`, since },
    });

  it('starts again, under its own name, every run pending for longer than the wait', async () => {
    const deps = memoryDeps('2026-03-02T09:00:00.000Z');
    for (const pilot of [
      pendingSince('pold', '2026-03-02T08:30:00.000Z'),
      pendingSince('precent', '2026-03-02T08:50:00.000Z'),
      pilotIn('data_collection', { ...idle, pilotId: 'pidle' }),
    ])
      await deps.pilots.seed(pilot);

    const redriven = await redrivePendingRuns(deps, 15 * 60_000);

    expect(redriven).toBe(1);
    expect(deps.runner.started).toEqual([
      { machine: 'template-issuance', executionName: 'pold-template-issuance-6', input: { pilotId: 'pold' } },
    ]);
  });

  it('is part of the sweep, which reports both counts', async () => {
    const deps = memoryDeps();
    await deps.pilots.seed(pendingSince('pold', '2026-03-01T00:00:00.000Z'));
    await deps.pilots.seed(
      pilotIn('data_collection', { ...idle, pilotId: 'pdue', dueAt: '2026-03-05T00:00:00.000Z' }),
    );

    expect(await sweep(deps, 15 * 60_000)).toEqual({
      remindersSent: 1,
      remindersFailed: 0,
      runsRedriven: 1,
      uploadsRecovered: 0,
      countersCorrected: 0,
    });
  });
});
