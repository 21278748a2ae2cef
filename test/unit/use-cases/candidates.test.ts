// Verifier candidates for a pilot: ranked with the city's earlier cycles and each verifier's active workload,
// shown to the secretariat only.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../core/errors.ts';
import { verifierCandidates } from '../../../core/use-cases/candidates.ts';
import { idle, registeredVerifier } from '../../support/decision-cases.ts';
import { historyTo, record } from '../../support/histories.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, pilotIn, secretariat } from '../../support/pilots.ts';

const rosa = { ...registeredVerifier, verifierId: 'rosa', name: 'Rosa Verifier', email: 'rosa@u4ssc.test' };

describe('verifier candidates', () => {
  it('exclude the verifier of the city’s previous cycle and count each verifier’s active assignments', async () => {
    const deps = memoryDeps();
    await deps.verifiers.putVerifier(registeredVerifier);
    await deps.verifiers.putVerifier(rosa);
    // The city's first cycle, verified by Li; another city's pilot keeps Rosa busy.
    await record(deps.pilots, 'pfirst', historyTo('in_verification'), '2025-01-10T10:00:00.000Z');
    await record(
      deps.pilots,
      'pother',
      historyTo('in_verification', { cityId: 'borealis', verifierId: 'rosa' }),
      '2025-02-10T10:00:00.000Z',
    );
    const { pilotId } = await deps.pilots.seed(
      pilotIn('validated', { ...idle, pilotId: 'psecond', verifierId: undefined, supervisorId: undefined }),
    );

    const candidates = await verifierCandidates(deps, secretariat, pilotId);

    expect(candidates.map((c) => [c.verifierId, c.excluded, c.reasons.at(-1)])).toEqual([
      ['rosa', undefined, '1 active assignment'],
      ['verifier', "verified this city's previous cycle (pfirst)", '1 active assignment'],
    ]);
  });

  it('are shown to the secretariat only', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('validated', idle));

    await expect(verifierCandidates(deps, city, pilotId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
