// The secretariat's management of who may sign in: invite city focal points, verifiers and staff, deactivate them
// and reactivate them. Each change is a new version of the account registry naming who made it, when and why; the sign-in provider
// is told first, so the registry never lists an invitation the provider refused.
import * as z from 'zod';
import {
  type Account,
  type AccountRegistry,
  accountRegistrySchema,
  emptyAccountRegistry,
  invitationSchema,
  isDeactivated,
  MAX_ACCOUNTS,
} from '../accounts/account-registry.ts';
import type { Actor } from '../actors.ts';
import {
  ConcurrencyConflictError,
  ForbiddenError,
  ForbiddenTransitionError,
  InvalidRequestError,
  UnauthenticatedError,
} from '../errors.ts';
import { externalIdSchema } from '../ids.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import type { CoreDeps } from './deps.ts';

type Deps = Pick<CoreDeps, 'tables' | 'signInAccounts' | 'clock'>;

/** A deactivation or a reactivation: whose account, and why. */
export const accountChangeRequestSchema = z.strictObject({
  userId: externalIdSchema,
  reason: z.string().trim().min(3, 'Give a reason of at least 3 characters').max(2000),
});

function assertSecretariat(actor: Actor): void {
  if (actor.role !== 'secretariat') throw new ForbiddenError('Only the secretariat may manage user accounts');
}

const registryOf = async (deps: Pick<CoreDeps, 'tables'>) =>
  (await deps.tables.currentTable('accounts')) ?? emptyAccountRegistry;

export async function listAccounts(deps: Pick<CoreDeps, 'tables'>, actor: Actor): Promise<AccountRegistry> {
  assertSecretariat(actor);
  return registryOf(deps);
}

async function publish(
  deps: Deps,
  actor: Actor,
  current: AccountRegistry,
  accounts: Account[],
  note: string,
) {
  const next = accountRegistrySchema.parse({
    version: current.version + 1,
    createdAt: deps.clock.now().toISOString(),
    createdBy: actor.userId,
    note,
    accounts,
  });
  if (!(await deps.tables.putTable('accounts', next)))
    throw new ConcurrencyConflictError('The accounts changed meanwhile; reload and try again');
  return next;
}

export async function inviteAccount(deps: Deps, actor: Actor, body: unknown): Promise<AccountRegistry> {
  assertSecretariat(actor);
  const invitation = parsePayload(invitationSchema, body, 'invite a user');
  const current = await registryOf(deps);
  if (current.accounts.some((a) => a.userId === invitation.userId))
    throw new ForbiddenTransitionError(`The user id "${invitation.userId}" is taken`);
  if (current.accounts.length >= MAX_ACCOUNTS)
    throw new ForbiddenTransitionError(`The registry holds ${MAX_ACCOUNTS} accounts, the most it may`);
  if (!(await deps.signInAccounts.invite(invitation)))
    throw new ForbiddenTransitionError(`The sign-in provider already has a user "${invitation.userId}"`);
  const now = deps.clock.now().toISOString();
  const account: Account = { ...invitation, active: true, invitedAt: now, invitedBy: actor.userId };
  return publish(
    deps,
    actor,
    current,
    [...current.accounts, account],
    `Invited ${invitation.userId} (${invitation.role})`,
  );
}

/** A user the registry does not list yet (a seeded one) is added to it as deactivated. */
export async function deactivateAccount(deps: Deps, actor: Actor, body: unknown): Promise<AccountRegistry> {
  assertSecretariat(actor);
  const { userId, reason } = parsePayload(accountChangeRequestSchema, body, 'deactivate a user');
  if (userId === actor.userId) throw new InvalidRequestError('You cannot deactivate your own account');
  const current = await registryOf(deps);
  if (isDeactivated(current, userId))
    throw new ForbiddenTransitionError(`The account "${userId}" is deactivated already`);
  if (!(await deps.signInAccounts.disable(userId))) throw new InvalidRequestError(`No user "${userId}"`);
  const deactivated = { at: deps.clock.now().toISOString(), by: actor.userId, reason };
  const listed = current.accounts.find((a) => a.userId === userId);
  const accounts = listed
    ? current.accounts.map((a) => {
        if (a.userId !== userId) return a;
        // A new deactivation supersedes the last reactivation.
        const { reactivated: _superseded, ...kept } = a;
        return { ...kept, active: false, deactivated };
      })
    : [...current.accounts, { userId, name: userId, active: false, deactivated }];
  return publish(deps, actor, current, accounts, `Deactivated ${userId}: ${reason}`);
}

/** Only a deactivated account can be reactivated; its deactivation stays listed beside the reactivation. */
export async function reactivateAccount(deps: Deps, actor: Actor, body: unknown): Promise<AccountRegistry> {
  assertSecretariat(actor);
  const { userId, reason } = parsePayload(accountChangeRequestSchema, body, 'reactivate a user');
  const current = await registryOf(deps);
  if (!isDeactivated(current, userId))
    throw new ForbiddenTransitionError(`The account "${userId}" is not deactivated`);
  if (!(await deps.signInAccounts.enable(userId))) throw new InvalidRequestError(`No user "${userId}"`);
  const reactivated = { at: deps.clock.now().toISOString(), by: actor.userId, reason };
  const accounts = current.accounts.map((a) =>
    a.userId === userId ? { ...a, active: true, reactivated } : a,
  );
  return publish(deps, actor, current, accounts, `Reactivated ${userId}: ${reason}`);
}

/** Refuses a deactivated user whatever token they still hold: one registry read per signed-in request. */
export async function assertActiveAccount(deps: Pick<CoreDeps, 'tables'>, actor: Actor): Promise<Actor> {
  if (isDeactivated(await registryOf(deps), actor.userId))
    throw new UnauthenticatedError('This account is deactivated');
  return actor;
}
