// The secretariat's account management: invitations, deactivations and reactivations reach the sign-in provider and are recorded
// with who, when and why; a refused request changes nothing; a deactivated user cannot act.
import { describe, expect, it } from 'vitest';
import {
  ForbiddenError,
  ForbiddenTransitionError,
  InvalidRequestError,
  UnauthenticatedError,
} from '../../../core/errors.ts';
import {
  assertActiveAccount,
  deactivateAccount,
  inviteAccount,
  listAccounts,
  reactivateAccount,
} from '../../../core/use-cases/accounts.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, secretariat, verifier } from '../../support/pilots.ts';

const invitation = { userId: 'verifier3', name: 'Wei Verifier', email: 'wei@v.example', role: 'verifier' };

describe('user accounts', () => {
  it('invites through the sign-in provider and records who invited whom', async () => {
    const deps = memoryDeps();

    const registry = await inviteAccount(deps, secretariat, invitation);

    expect(deps.signInAccounts.invited).toEqual([invitation]);
    expect(registry).toMatchObject({
      version: 1,
      createdBy: 'secretariat',
      accounts: [{ userId: 'verifier3', active: true, invitedBy: 'secretariat' }],
    });
  });

  it('refuses a city without its cityId and anyone but the secretariat, changing nothing', async () => {
    const deps = memoryDeps();

    await expect(inviteAccount(deps, secretariat, { ...invitation, role: 'city' })).rejects.toThrow(
      InvalidRequestError,
    );
    await expect(inviteAccount(deps, city, invitation)).rejects.toThrow(ForbiddenError);
    expect(deps.signInAccounts.invited).toEqual([]);
    expect((await listAccounts(deps, secretariat)).version).toBe(0);
  });

  it('deactivates with a reason, after which the user cannot act', async () => {
    const deps = memoryDeps();

    const registry = await deactivateAccount(deps, secretariat, { userId: 'verifier', reason: 'Left' });

    expect(deps.signInAccounts.disabled).toEqual(['verifier']);
    expect(registry.accounts[0]).toMatchObject({
      active: false,
      deactivated: { by: 'secretariat', reason: 'Left' },
    });
    await expect(assertActiveAccount(deps, verifier)).rejects.toThrow(UnauthenticatedError);
    await expect(assertActiveAccount(deps, city)).resolves.toBe(city);
  });

  it('reactivates a deactivated user with a reason, keeping the deactivation listed', async () => {
    const deps = memoryDeps();
    await deactivateAccount(deps, secretariat, { userId: 'verifier', reason: 'Left' });

    const registry = await reactivateAccount(deps, secretariat, { userId: 'verifier', reason: 'Back' });

    expect(deps.signInAccounts.enabled).toEqual(['verifier']);
    expect(registry).toMatchObject({ version: 2, note: 'Reactivated verifier: Back' });
    expect(registry.accounts[0]).toMatchObject({
      active: true,
      deactivated: { reason: 'Left' },
      reactivated: { by: 'secretariat', reason: 'Back' },
    });
    await expect(assertActiveAccount(deps, verifier)).resolves.toBe(verifier);
  });

  it('refuses a reactivation without a reason, of an active account or by anyone but the secretariat, changing nothing', async () => {
    const deps = memoryDeps();
    await deactivateAccount(deps, secretariat, { userId: 'verifier', reason: 'Left' });
    await inviteAccount(deps, secretariat, invitation);

    await expect(reactivateAccount(deps, secretariat, { userId: 'verifier' })).rejects.toThrow(
      InvalidRequestError,
    );
    await expect(
      reactivateAccount(deps, secretariat, { userId: 'verifier3', reason: 'Again' }),
    ).rejects.toThrow(ForbiddenTransitionError);
    await expect(reactivateAccount(deps, city, { userId: 'verifier', reason: 'Back' })).rejects.toThrow(
      ForbiddenError,
    );
    expect(deps.signInAccounts.enabled).toEqual([]);
    expect((await listAccounts(deps, secretariat)).version).toBe(2);
  });

  it('clears the last reactivation when the user is deactivated again', async () => {
    const deps = memoryDeps();
    await deactivateAccount(deps, secretariat, { userId: 'verifier', reason: 'Left' });
    await reactivateAccount(deps, secretariat, { userId: 'verifier', reason: 'Back' });

    const registry = await deactivateAccount(deps, secretariat, { userId: 'verifier', reason: 'Left again' });

    expect(registry.accounts[0]?.reactivated).toBeUndefined();
    expect(registry.accounts[0]).toMatchObject({ active: false, deactivated: { reason: 'Left again' } });
  });
});
