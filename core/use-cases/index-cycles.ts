// The certified cycles an index edition can draw on, and the secretariat's choice among them: one cycle per city.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError, ForbiddenTransitionError, InvalidRequestError } from '../errors.ts';
import { mintedIdSchema } from '../ids.ts';
import { pilotCity } from '../lifecycle/board-summary.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { CoreDeps } from './deps.ts';

/** Far above any cohort, so a request can name every cycle there is but never an unbounded list. */
const MAX_CHOSEN_CYCLES = 20_000;

/** The pilots (cycles) the secretariat picked; absent means each city's latest standing certificate. */
export const chosenCyclesSchema = z
  .array(mintedIdSchema)
  .min(1, 'Choose at least one certified cycle')
  .max(MAX_CHOSEN_CYCLES)
  .refine((ids) => new Set(ids).size === ids.length, 'A cycle is chosen at most once');

export const eligibleCycleSchema = z.object({
  pilotId: z.string(),
  cityId: z.string(),
  cityName: z.string(),
  country: z.string(),
  region: z.string().optional(),
  certificateNumber: z.string(),
  certifiedAt: z.string(),
  /** The city's most recent standing certificate: what an edition takes when the secretariat does not choose. */
  latest: z.boolean(),
});
export type EligibleCycle = z.infer<typeof eligibleCycleSchema>;

/** Every certified cycle whose certificate stands (not revoked). */
async function standingCycles(deps: CoreDeps): Promise<Pilot[]> {
  const certified = await deps.pilots.list({ stage: 'certified' });
  return certified.filter((pilot) => pilot.certificate && !pilot.certificate.revoked);
}

/** What choosing needs of a cycle, so the rule can be stated over plain values. */
type Cycle = Pick<Pilot, 'pilotId' | 'cityId' | 'cityName'> & { certificate?: { issuedAt: string } };

function latestPerCity<C extends Cycle>(cycles: C[]): Map<string, C> {
  const latest = new Map<string, C>();
  for (const pilot of cycles) {
    const kept = latest.get(pilot.cityId);
    if (!kept || kept.certificate!.issuedAt < pilot.certificate!.issuedAt) latest.set(pilot.cityId, pilot);
  }
  return latest;
}

/** What the composer offers, newest certificate first, each city's latest marked. */
export async function eligibleCycles(deps: CoreDeps, actor: Actor): Promise<EligibleCycle[]> {
  if (actor.role !== 'secretariat')
    throw new ForbiddenError('Only the secretariat may compose an index edition');
  const cycles = await standingCycles(deps);
  const latest = new Set([...latestPerCity(cycles).values()].map((p) => p.pilotId));
  return cycles
    .map((pilot) => ({
      ...pilotCity(pilot),
      certificateNumber: pilot.certificate!.certificateNumber,
      certifiedAt: pilot.certificate!.issuedAt,
      latest: latest.has(pilot.pilotId),
    }))
    .sort((a, b) => b.certifiedAt.localeCompare(a.certifiedAt) || a.pilotId.localeCompare(b.pilotId));
}

/**
 * The cycles an edition is composed from: the ones chosen, each a standing certified cycle and at most one per city
 * (an index ranks cities, not cycles), or else each city's latest.
 */
export function pickCycles<C extends Cycle>(standing: C[], chosen?: string[]): C[] {
  if (!chosen) return [...latestPerCity(standing).values()];
  const byId = new Map(standing.map((cycle) => [cycle.pilotId, cycle]));
  const missing = chosen.filter((id) => !byId.has(id));
  if (missing.length)
    throw new ForbiddenTransitionError(
      `Not a certified cycle with a standing certificate: ${missing.slice(0, 5).join(', ')}`,
    );
  const picked = chosen.map((id) => byId.get(id)!);
  const cities = new Map<string, string>();
  for (const cycle of picked) {
    const other = cities.get(cycle.cityId);
    if (other)
      throw new InvalidRequestError(
        `${cycle.cityName} is chosen twice (${other} and ${cycle.pilotId}): an edition takes one cycle per city`,
      );
    cities.set(cycle.cityId, cycle.pilotId);
  }
  return picked;
}

export async function cyclesToCompose(deps: CoreDeps, chosen?: string[]): Promise<Pilot[]> {
  return pickCycles(await standingCycles(deps), chosen);
}
