// The agreed deadline through the decider: confirmations and the secretariat's record, requests for more time and
// their answers, and the cap every extension is held to; each refusal leaves the pilot as it was.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import { ForbiddenTransitionError } from '../../../core/errors.ts';
import type { CommandName } from '../../../core/lifecycle/commands.ts';
import { deadlineAgreement, EXTENSION_CAP_DAYS } from '../../../core/lifecycle/deadlines.ts';
import { decide } from '../../../core/lifecycle/decide.ts';
import type { PilotEvent } from '../../../core/lifecycle/events.ts';
import { applyEvent, type Pilot } from '../../../core/lifecycle/pilot.ts';
import { city, pilotIn, secretariat, verifier } from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');
const DUE = '2026-07-01T00:00:00.000Z';
const days = (n: number) => new Date(Date.parse(DUE) + n * 86_400_000).toISOString();

/** Decides the command and folds its event into the pilot, as the store would. */
function step(pilot: Pilot, command: CommandName, payload: unknown, actor: Actor): Pilot {
  const event = decide(pilot, command, payload, actor, now);
  return applyEvent(pilot, {
    ...event,
    pilotId: pilot.pilotId,
    seq: pilot.version + 1,
    at: now.toISOString(),
    actor,
  } as PilotEvent);
}

const collecting = () => pilotIn('data_collection', { dueAt: DUE, verifierId: undefined });

describe('agreeing the deadline', () => {
  it('is agreed once the city confirms while no verifier is appointed', () => {
    const confirmed = step(collecting(), 'confirmDeadline', {}, city);

    expect(deadlineAgreement(collecting())).toEqual({ agreed: false, confirmedBy: [] });
    expect(deadlineAgreement(confirmed)).toEqual({ agreed: true, confirmedBy: ['city'] });
  });

  it('needs the appointed verifier too, or the secretariat’s record of the agreement', () => {
    const appointed = pilotIn('verifier_assigned', { dueAt: DUE });
    const byCity = step(appointed, 'confirmDeadline', {}, city);
    const byBoth = step(byCity, 'confirmDeadline', {}, verifier);
    const recorded = step(appointed, 'recordDeadlineAgreement', { reason: 'Agreed on a call' }, secretariat);

    expect(deadlineAgreement(byCity).agreed).toBe(false);
    expect(deadlineAgreement(byBoth)).toEqual({ agreed: true, confirmedBy: ['city', 'verifier'] });
    expect(deadlineAgreement(recorded).agreed).toBe(true);
  });

  it('refuses a second confirmation of the same date by the same person', () => {
    const confirmed = step(collecting(), 'confirmDeadline', {}, city);

    expect(() => decide(confirmed, 'confirmDeadline', {}, city, now)).toThrow(/already confirmed/);
  });

  it('asks for agreement again after the date moved', () => {
    const confirmed = step(collecting(), 'confirmDeadline', {}, city);
    const extended = step(confirmed, 'extendDeadline', { dueAt: days(10), reason: 'Elections' }, secretariat);

    expect(deadlineAgreement(extended).agreed).toBe(false);
  });
});

describe('an extension request', () => {
  const asked = () =>
    step(collecting(), 'requestExtension', { dueAt: days(30), reason: 'Municipal elections' }, city);

  it('waits for the secretariat, which grants it: the deadline moves and the extension is kept', () => {
    const granted = step(asked(), 'grantExtension', { reason: 'A fair reason' }, secretariat);

    expect(asked().deadline?.request).toMatchObject({ dueAt: days(30), kind: 'submission', role: 'city' });
    expect(granted.dueAt).toBe(days(30));
    expect(granted.deadline?.request).toBeUndefined();
    expect(granted.deadline?.extensions).toEqual([
      expect.objectContaining({
        fromDueAt: DUE,
        toDueAt: days(30),
        reason: 'A fair reason',
        requestId: 'x6',
      }),
    ]);
  });

  it('or declines it: the deadline stays and the city may ask again', () => {
    const declined = step(asked(), 'declineExtension', { reason: 'The data exist already' }, secretariat);

    expect(declined.dueAt).toBe(DUE);
    expect(declined.deadline?.request).toBeUndefined();
    expect(() =>
      step(declined, 'requestExtension', { dueAt: days(5), reason: 'One week' }, city),
    ).not.toThrow();
  });

  it('is refused while another awaits an answer', () => {
    expect(() => decide(asked(), 'requestExtension', { dueAt: days(40), reason: 'More' }, city, now)).toThrow(
      /still awaits/,
    );
  });

  it(`is refused beyond the cap of ${EXTENSION_CAP_DAYS} days in total, counting what was granted`, () => {
    const granted = step(asked(), 'grantExtension', { reason: 'A fair reason' }, secretariat);
    const tooFar = { dueAt: days(30 + EXTENSION_CAP_DAYS - 29), reason: 'Even more time' };

    expect(() => decide(collecting(), 'requestExtension', { ...tooFar, dueAt: days(91) }, city, now)).toThrow(
      /at most 90 days in total; 0 are used/,
    );
    expect(() => decide(granted, 'requestExtension', tooFar, city, now)).toThrow(/30 are used/);
    expect(() =>
      decide(granted, 'extendDeadline', { dueAt: days(91), reason: 'By the secretariat' }, secretariat, now),
    ).toThrow(ForbiddenTransitionError);
    expect(() =>
      step(granted, 'requestExtension', { dueAt: days(90), reason: 'Up to the cap' }, city),
    ).not.toThrow();
  });

  it('by the city is for its own deadline only, not the verifier’s', () => {
    const verifying = pilotIn('in_verification', { dueAt: DUE, dueKind: 'verification' });

    expect(() =>
      decide(verifying, 'requestExtension', { dueAt: days(5), reason: 'Holidays' }, city, now),
    ).toThrow(/Only the verification deadline runs now/);
    expect(() =>
      step(verifying, 'requestExtension', { dueAt: days(5), reason: 'Holidays' }, verifier),
    ).not.toThrow();
  });

  it('cannot be granted when none was asked', () => {
    expect(() => decide(collecting(), 'grantExtension', { reason: 'Why not' }, secretariat, now)).toThrow(
      /No extension request/,
    );
  });
});
