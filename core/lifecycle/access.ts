// Authorization in one place: which pilots an actor may see and act on.
import type { Actor } from '../actors.ts';
import type { Pilot } from './pilot.ts';

/** Secretariat and system see every pilot; a city only its own; a verifier only pilots assigned to them. */
export function canAccessPilot(
  actor: Actor,
  pilot: Pick<Pilot, 'cityId' | 'verifierId' | 'supervisorId'>,
): boolean {
  switch (actor.role) {
    case 'secretariat':
    case 'system':
      return true;
    case 'city':
      return actor.cityId !== undefined && actor.cityId === pilot.cityId;
    case 'verifier':
      return actor.userId === pilot.verifierId;
  }
}
