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
});
