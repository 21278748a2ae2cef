// A city's trend: its certified cycles in order, each compared with the one before against the targets in force.
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import { type CycleTrend, compareCycles } from '../scoring/trends.ts';
import { certifiedCycles, cycleScore } from './city-cycles.ts';
import type { CoreDeps } from './deps.ts';
import { currentTargets } from './targets.ts';

export async function cityTrends(deps: CoreDeps, actor: Actor, cityId: string): Promise<CycleTrend[]> {
  if (actor.role !== 'secretariat' && !(actor.role === 'city' && actor.cityId === cityId))
    throw new ForbiddenError('A city sees its own trend only');
  const targets = await currentTargets(deps);
  const cycles = await certifiedCycles(deps, cityId);
  const scores = await Promise.all(cycles.map((cycle) => cycleScore(deps, cycle, targets)));
  return scores.slice(1).map((score, i) => compareCycles(scores[i]!, score));
}
