// Proposes verifiers for a pilot, best first, with the reason behind each rank; excluded verifiers say why.
import type { Pilot } from '../lifecycle/pilot.ts';
import type { Verifier } from '../ports.ts';

export interface Candidate {
  verifierId: string;
  name: string;
  score: number;
  reasons: string[];
  excluded?: string;
}

export interface RankingContext {
  pilot: Pilot;
  /** The city's earlier pilots: their verifier must not verify the next cycle. */
  previousPilots: Pilot[];
  /** Active assignments per verifier, across all pilots. */
  workload: Record<string, number>;
}

function exclusion(v: Verifier, { pilot, previousPilots }: RankingContext): string | undefined {
  if (!v.active) return 'inactive';
  const conflict = v.conflicts.find((c) => c.cityId === pilot.cityId || c.country === pilot.country);
  if (conflict) return `declared conflict of interest: ${conflict.reason}`;
  if (pilot.declinedVerifierIds.includes(v.verifierId)) return 'recused from this pilot';
  const previous = previousPilots
    .filter((p) => p.verifierId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (previous?.verifierId === v.verifierId)
    return `verified this city's previous cycle (${previous.pilotId})`;
  return undefined;
}

function score(v: Verifier, { pilot, workload }: RankingContext): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let total = 0;
  const language = pilot.letter.preferredLanguage;
  if (v.languages.includes(language)) {
    total += 3;
    reasons.push(`speaks the city's language (${language})`);
  }
  if (pilot.region && v.regions.includes(pilot.region)) {
    total += 2;
    reasons.push(`works in ${pilot.region}`);
  }
  const mode = pilot.preferredVerificationMode;
  if (mode && v.modes.includes(mode)) {
    total += 1;
    reasons.push(`offers ${mode} verification as the city prefers`);
  }
  const load = workload[v.verifierId] ?? 0;
  total -= load;
  reasons.push(load ? `${load} active assignment${load === 1 ? '' : 's'}` : 'no active assignment');
  return { score: total, reasons };
}

/** Eligible candidates first (highest score, then lowest workload, then name); excluded ones last. */
export function rankVerifiers(verifiers: Verifier[], context: RankingContext): Candidate[] {
  const candidates = verifiers.map((v): Candidate => {
    const excluded = exclusion(v, context);
    const { score: s, reasons } = score(v, context);
    return { verifierId: v.verifierId, name: v.name, score: s, reasons, excluded };
  });
  return candidates.sort(
    (a, b) =>
      Number(!!a.excluded) - Number(!!b.excluded) ||
      b.score - a.score ||
      (context.workload[a.verifierId] ?? 0) - (context.workload[b.verifierId] ?? 0) ||
      a.name.localeCompare(b.name),
  );
}
