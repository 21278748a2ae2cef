// Proposes verifiers for a pilot, best first, with the reason behind each rank; excluded verifiers say why.
import * as z from 'zod';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { Verifier } from './verifier.ts';

/** A reason as a code and its one parameter, so each interface can word it in its own language. */
export const rankReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.enum(['language', 'region', 'mode']), value: z.string() }),
  z.object({ code: z.literal('load'), value: z.number() }),
  z.object({ code: z.enum(['noLoad', 'inactive', 'recused']) }),
  z.object({ code: z.literal('conflict'), value: z.string() }),
  z.object({ code: z.literal('previous'), value: z.string() }),
]);
export type RankReason = z.infer<typeof rankReasonSchema>;

export const candidateSchema = z.object({
  verifierId: z.string(),
  name: z.string(),
  score: z.number(),
  /** The reasons in English, for API clients and error messages. */
  reasons: z.array(z.string()),
  excluded: z.string().optional(),
  /** The same reasons as codes, for translation. */
  why: z.array(rankReasonSchema),
  exclusion: rankReasonSchema.optional(),
});
export type Candidate = z.infer<typeof candidateSchema>;

/** The English wording of a reason (the portal has its own per language). */
export function describeReason(reason: RankReason): string {
  switch (reason.code) {
    case 'language':
      return `speaks the city's language (${reason.value})`;
    case 'region':
      return `works in ${reason.value}`;
    case 'mode':
      return `offers ${reason.value} verification as the city prefers`;
    case 'load':
      return `${reason.value} active assignment${reason.value === 1 ? '' : 's'}`;
    case 'noLoad':
      return 'no active assignment';
    case 'inactive':
      return 'inactive';
    case 'conflict':
      return `declared conflict of interest: ${reason.value}`;
    case 'recused':
      return 'recused from this pilot';
    case 'previous':
      return `verified this city's previous cycle (${reason.value})`;
  }
}

export interface RankingContext {
  pilot: Pilot;
  /** The city's earlier pilots: their verifier must not verify the next cycle. */
  previousPilots: Pilot[];
  /** Active assignments per verifier, across all pilots. */
  workload: Record<string, number>;
}

function exclusion(v: Verifier, { pilot, previousPilots }: RankingContext): RankReason | undefined {
  if (!v.active) return { code: 'inactive' };
  const conflict = v.conflicts.find((c) => c.cityId === pilot.cityId || c.country === pilot.country);
  if (conflict) return { code: 'conflict', value: conflict.reason };
  if (pilot.declinedVerifierIds.includes(v.verifierId)) return { code: 'recused' };
  const previous = previousPilots
    .filter((p) => p.verifierId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (previous?.verifierId === v.verifierId) return { code: 'previous', value: previous.pilotId };
  return undefined;
}

function score(v: Verifier, { pilot, workload }: RankingContext): { score: number; why: RankReason[] } {
  const why: RankReason[] = [];
  let total = 0;
  const language = pilot.letter.preferredLanguage;
  if (v.languages.includes(language)) {
    total += 3;
    why.push({ code: 'language', value: language });
  }
  if (pilot.region && v.regions.includes(pilot.region)) {
    total += 2;
    why.push({ code: 'region', value: pilot.region });
  }
  const mode = pilot.preferredVerificationMode;
  if (mode && v.modes.includes(mode)) {
    total += 1;
    why.push({ code: 'mode', value: mode });
  }
  const load = workload[v.verifierId] ?? 0;
  total -= load;
  why.push(load ? { code: 'load', value: load } : { code: 'noLoad' });
  return { score: total, why };
}

/** Eligible candidates first (highest score, then lowest workload, then name); excluded ones last. */
export function rankVerifiers(verifiers: Verifier[], context: RankingContext): Candidate[] {
  const candidates = verifiers.map((v): Candidate => {
    const excluded = exclusion(v, context);
    const { score: s, why } = score(v, context);
    return {
      verifierId: v.verifierId,
      name: v.name,
      score: s,
      reasons: why.map(describeReason),
      excluded: excluded && describeReason(excluded),
      why,
      exclusion: excluded,
    };
  });
  return candidates.sort(
    (a, b) =>
      Number(!!a.excluded) - Number(!!b.excluded) ||
      b.score - a.score ||
      (context.workload[a.verifierId] ?? 0) - (context.workload[b.verifierId] ?? 0) ||
      a.name.localeCompare(b.name),
  );
}
