// Which demo verifier the demo appoints: the best-ranked one the rotation rule and conflicts allow, so the demo can
// run again on the same data (a city's next cycle may not have the verifier of its previous one).
import type { Candidate } from '../../core/verification/ranking.ts';

/** The demo verifiers of the embedded runtime (local/identity.ts), as the demo registers them. */
export const demoVerifiers = [
  { verifierId: 'verifier', name: 'Li Verifier', email: 'verifier@u4ssc.local' },
  { verifierId: 'verifier2', name: 'Rosa Verifier', email: 'verifier2@u4ssc.local' },
] as const;
export type DemoVerifierId = (typeof demoVerifiers)[number]['verifierId'];

/** The first candidate of the ranking that is eligible and a demo verifier; the ranking's own reasons otherwise. */
export function eligibleDemoVerifier(candidates: readonly Candidate[]): DemoVerifierId {
  const ids: readonly string[] = demoVerifiers.map((v) => v.verifierId);
  const chosen = candidates.find((c) => !c.excluded && ids.includes(c.verifierId));
  if (chosen) return chosen.verifierId as DemoVerifierId;
  const why = candidates
    .filter((c) => ids.includes(c.verifierId))
    .map((c) => `${c.name}: ${c.excluded}`)
    .join('; ');
  throw new Error(`No demo verifier may verify this pilot (${why}); start from an empty data folder`);
}
