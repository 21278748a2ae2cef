// Verifier candidates for a pilot: every registered verifier ranked, with the exclusions that bind an appointment.
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { Stage } from '../lifecycle/stages.ts';
import { type Candidate, rankVerifiers } from '../verification/ranking.ts';
import type { CoreDeps } from './deps.ts';
import { loadPilot } from './run-command.ts';

const ACTIVE_VERIFICATION: readonly Stage[] = ['verifier_assigned', 'in_verification'];

/** The ranking for a pilot already loaded: the city's earlier cycles and each verifier's current workload count. */
export async function rankCandidates(deps: Pick<CoreDeps, 'verifiers' | 'pilots'>, pilot: Pilot) {
  const [verifiers, previous, active] = await Promise.all([
    deps.verifiers.listVerifiers(),
    deps.pilots.list({ cityId: pilot.cityId }),
    Promise.all(ACTIVE_VERIFICATION.map((stage) => deps.pilots.list({ stage }))),
  ]);
  const workload: Record<string, number> = {};
  for (const p of active.flat()) if (p.verifierId) workload[p.verifierId] = (workload[p.verifierId] ?? 0) + 1;
  return rankVerifiers(verifiers, {
    pilot,
    previousPilots: previous.filter((p) => p.pilotId !== pilot.pilotId),
    workload,
  });
}

export async function verifierCandidates(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
): Promise<Candidate[]> {
  if (actor.role !== 'secretariat')
    throw new ForbiddenError('Only the secretariat may see verifier candidates');
  return rankCandidates(deps, await loadPilot(deps, pilotId));
}
