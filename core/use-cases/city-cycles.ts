// A city's certified cycles in the order they were certified: what trends, carried-over values and reports compare.
import type { Pilot } from '../lifecycle/pilot.ts';
import { scoreSubmission } from '../scoring/score.ts';
import type { TargetsTable } from '../scoring/targets.ts';
import type { CoreDeps } from './deps.ts';
import { verdictsOf, verifiedDataset } from './verified-dataset.ts';

type Certified = Pilot & { certificate: NonNullable<Pilot['certificate']> };

const isCertified = (pilot: Pilot): pilot is Certified =>
  pilot.stage === 'certified' && pilot.certificate !== undefined && !pilot.certificate.revoked;

/** Every certified cycle of the city whose certificate stands, oldest first. */
export async function certifiedCycles(deps: Pick<CoreDeps, 'pilots'>, cityId: string): Promise<Certified[]> {
  return (await deps.pilots.list({ cityId }))
    .filter(isCertified)
    .sort((a, b) => a.certificate.issuedAt.localeCompare(b.certificate.issuedAt));
}

/** The city's last cycle certified before this pilot began: the one this pilot continues from. */
export async function previousCycle(
  deps: Pick<CoreDeps, 'pilots'>,
  pilot: Pilot,
): Promise<Certified | undefined> {
  return (await certifiedCycles(deps, pilot.cityId)).findLast(
    (cycle) => cycle.pilotId !== pilot.pilotId && cycle.certificate.issuedAt <= pilot.createdAt,
  );
}

/** A certified cycle scored on what its verifier verified, against the given targets (one table for every cycle compared). */
export async function cycleScore(deps: CoreDeps, cycle: Pilot, targets: TargetsTable) {
  const { conclusion, results } = await verifiedDataset(deps, cycle);
  return scoreSubmission(results, targets, verdictsOf(cycle, conclusion).verdicts);
}
