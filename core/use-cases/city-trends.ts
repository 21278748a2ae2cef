// A city's trend: its certified cycles in order, each compared with the one before against the targets in force.
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import { scoreSubmission } from '../scoring/score.ts';
import { type CycleTrend, compareCycles } from '../scoring/trends.ts';
import type { CoreDeps } from './deps.ts';
import { currentTargets } from './targets.ts';
import { verdictsOf, verifiedDataset } from './verified-dataset.ts';

export async function cityTrends(deps: CoreDeps, actor: Actor, cityId: string): Promise<CycleTrend[]> {
  if (actor.role !== 'secretariat' && !(actor.role === 'city' && actor.cityId === cityId))
    throw new ForbiddenError('A city sees its own trend only');
  const targets = await currentTargets(deps);
  const cycles = (await deps.pilots.list({ cityId }))
    .filter((p) => p.stage === 'certified' && p.certificate && !p.certificate.revoked)
    .sort((a, b) => a.certificate!.issuedAt.localeCompare(b.certificate!.issuedAt));
  const scores = await Promise.all(
    cycles.map(async (pilot) => {
      const { conclusion, results } = await verifiedDataset(deps, pilot);
      return scoreSubmission(results, targets, verdictsOf(pilot, conclusion).verdicts);
    }),
  );
  return scores.slice(1).map((score, i) => compareCycles(scores[i]!, score));
}
