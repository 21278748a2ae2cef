// Letter-of-intent intake: a city (or the secretariat on its behalf) opens a pilot by submitting its letter.
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import { commands } from '../lifecycle/commands.ts';
import { decideNewPilot, parsePayload } from '../lifecycle/decide.ts';
import { letterOfIntentSchema } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { CoreDeps } from './deps.ts';
import { commitEvent } from './run-command.ts';

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Short, unambiguous random id; execution names built from it stay well under the 80-character limit. */
export function newId(prefix: string, length = 10): string {
  const bytes = randomBytes(length);
  return prefix + Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
}

const submissionSchema = z.object({
  letter: letterOfIntentSchema,
  cityId: z.string().trim().min(1).max(64).optional(),
});

export async function submitLetterOfIntent(
  deps: Pick<CoreDeps, 'pilots' | 'runner' | 'clock'>,
  actor: Actor,
  body: unknown,
): Promise<Pilot> {
  const { letter, cityId: requested } = parsePayload(
    submissionSchema,
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
