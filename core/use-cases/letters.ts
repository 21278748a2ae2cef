// Letter-of-intent intake: a city (or the secretariat on its behalf) opens a pilot by submitting its letter.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import { externalIdSchema, newId } from '../ids.ts';
import { commands } from '../lifecycle/commands.ts';
import { decideNewPilot, parsePayload } from '../lifecycle/decide.ts';
import { letterOfIntentInputSchema } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { CoreDeps } from './deps.ts';
import { commitEvent } from './run-command.ts';

/** The letter, and the city it is for when the secretariat submits it on a city's behalf. */
export const letterSubmissionSchema = z.strictObject({
  letter: letterOfIntentInputSchema,
  cityId: externalIdSchema.optional(),
});

export async function submitLetterOfIntent(
  deps: Pick<CoreDeps, 'pilots' | 'runner' | 'clock'>,
  actor: Actor,
  body: unknown,
): Promise<Pilot> {
  const { letter, cityId: requested } = parsePayload(
    letterSubmissionSchema,
    body,
    commands.submitLetterOfIntent.describe,
  );
  const cityId = actor.role === 'city' ? actor.cityId : requested;
  if (!cityId) {
    throw new ForbiddenError(
      actor.role === 'city'
        ? 'Your account is not linked to a city'
        : 'Give the cityId of the city the letter is for',
    );
  }
  const pilotId = newId('p');
  const event = decideNewPilot({ cityId, letter }, actor);
  const { pilot } = await commitEvent(deps, pilotId, undefined, event, actor);
  return pilot;
}
