// The verifier registry: registered and listed by the secretariat only, with the registration's defaults.
import { describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidRequestError } from '../../../core/errors.ts';
import { listVerifiers, registerVerifier } from '../../../core/use-cases/verifiers.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { secretariat, verifier } from '../../support/pilots.ts';

describe('the verifier registry', () => {
  it('registers a verifier with an id of its own unless one is given, and the defaults filled in', async () => {
    const deps = memoryDeps();

    const minted = await registerVerifier(deps, secretariat, { name: 'Li Verifier', email: 'li@u4ssc.test' });
    const named = await registerVerifier(deps, secretariat, {
      verifierId: 'rosa',
      name: 'Rosa',
      email: 'rosa@u4ssc.test',
    });

    expect(minted).toEqual({
      verifierId: expect.stringMatching(/^v[a-z0-9]{10}$/),
      name: 'Li Verifier',
      email: 'li@u4ssc.test',
      languages: [],
      regions: [],
      modes: ['onsite', 'remote'],
      accreditation: '',
      conflicts: [],
      active: true,
      history: [{ at: '2026-03-02T09:00:00.000Z', by: secretariat.userId, changed: ['registered'] }],
    });
    expect(await listVerifiers(deps, secretariat)).toEqual(
      [minted, named].sort((a, b) => (a.verifierId < b.verifierId ? -1 : 1)),
    );
  });

  it('refuses a registration without a valid e-mail', async () => {
    const deps = memoryDeps();

    await expect(
      registerVerifier(deps, secretariat, { name: 'Li', email: 'not-an-address' }),
    ).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('is read and changed by the secretariat only', async () => {
    const deps = memoryDeps();

    await expect(registerVerifier(deps, verifier, { name: 'Me', email: 'me@u4ssc.test' })).rejects.toThrow(
      new ForbiddenError('Only the secretariat may register verifiers'),
    );
    await expect(listVerifiers(deps, verifier)).rejects.toThrow('Only the secretariat may list verifiers');
  });

  it('keeps each change of an entry with who, when and which fields, and records nothing when nothing changed', async () => {
    const deps = memoryDeps();
    const li = { verifierId: 'li', name: 'Li', email: 'li@u4ssc.test' };
    await registerVerifier(deps, secretariat, li);
    deps.clock.advance(60_000);

    await registerVerifier(deps, secretariat, { ...li, languages: ['zh'], regions: ['Asia'] });
    const unchanged = await registerVerifier(deps, secretariat, {
      ...li,
      languages: ['zh'],
      regions: ['Asia'],
    });

    expect(unchanged.history?.map((h) => h.changed)).toEqual([['registered'], ['languages', 'regions']]);
    expect(unchanged.history?.[1]).toMatchObject({ at: '2026-03-02T09:01:00.000Z', by: secretariat.userId });
  });

  it('refuses to drop a declared conflict or reactivate without a reason, and records the reason given', async () => {
    const deps = memoryDeps();
    const conflicts = [{ cityId: 'aurora', reason: 'Advised the city in 2025' }];
    const li = { verifierId: 'li', name: 'Li', email: 'li@u4ssc.test' };
    await registerVerifier(deps, secretariat, { ...li, conflicts, active: false });

    const silentlyEligible = registerVerifier(deps, secretariat, li);
    await expect(silentlyEligible).rejects.toThrow(/give a changeReason/);
    expect((await deps.verifiers.getVerifier('li'))?.conflicts).toEqual(conflicts);
    const changed = await registerVerifier(deps, secretariat, {
      ...li,
      changeReason: 'The advice ended in 2025',
    });

    expect(changed.history?.at(-1)).toMatchObject({
      changed: ['conflicts', 'active'],
      reason: 'The advice ended in 2025',
    });
  });
});
