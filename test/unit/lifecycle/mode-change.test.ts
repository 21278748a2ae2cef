// The verification mode never changes silently: after the appointment one side proposes, the other side answers.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import { ForbiddenTransitionError } from '../../../core/errors.ts';
import type { CommandName } from '../../../core/lifecycle/commands.ts';
import { decide } from '../../../core/lifecycle/decide.ts';
import type { PilotEvent } from '../../../core/lifecycle/events.ts';
import { applyEvent, type Pilot } from '../../../core/lifecycle/pilot.ts';
import { city, pilotIn, secretariat } from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');

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

const remote = () =>
  pilotIn('in_verification', { verificationMode: 'remote', preferredVerificationMode: 'remote' });
const proposal = { mode: 'onsite', reason: 'The data office asks for a site visit' };

describe('a change of verification mode', () => {
  it('proposed by the secretariat takes effect only when the city accepts it', () => {
    const proposed = step(remote(), 'proposeModeChange', proposal, secretariat);
    const accepted = step(proposed, 'acceptModeChange', {}, city);

    expect(proposed.verificationMode).toBe('remote');
    expect(proposed.modeChange).toMatchObject({ mode: 'onsite', role: 'secretariat' });
    expect(accepted).toMatchObject({ verificationMode: 'onsite', preferredVerificationMode: 'onsite' });
    expect(accepted.modeChange).toBeUndefined();
  });

  it('cannot be accepted by the side that proposed it', () => {
    const proposed = step(remote(), 'proposeModeChange', proposal, secretariat);

    expect(() => decide(proposed, 'acceptModeChange', {}, secretariat, now)).toThrow(
      /The other side answers/,
    );
  });

  it('declined leaves the mode as it was', () => {
    const proposed = step(remote(), 'proposeModeChange', proposal, city);
    const declined = step(proposed, 'declineModeChange', { reason: 'No travel budget' }, secretariat);

    expect(declined.verificationMode).toBe('remote');
    expect(declined.modeChange).toBeUndefined();
  });

  it('is the only way after the appointment: the city’s own choice is closed then', () => {
    expect(() => decide(remote(), 'chooseVerificationMode', { mode: 'onsite' }, city, now)).toThrow(
      ForbiddenTransitionError,
    );
  });
});
