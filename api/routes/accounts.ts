// The secretariat's user management: the account registry, invitations, deactivations and reactivations.
import * as z from 'zod';
import { accountRegistrySchema, invitationSchema } from '../../core/accounts/account-registry.ts';
import {
  accountChangeRequestSchema,
  deactivateAccount,
  inviteAccount,
  listAccounts,
  reactivateAccount,
} from '../../core/use-cases/accounts.ts';
import { route } from '../route.ts';

const registryResponse = z.object({ accounts: accountRegistrySchema });

export const accountRoutes = [
  route({
    method: 'get',
    path: '/accounts',
    summary:
      'The accounts the secretariat manages, with the version that last changed them (secretariat only)',
    tag: 'programme',
    response: registryResponse,
    handle: async ({ deps, actor }) => ({ accounts: await listAccounts(deps, actor) }),
  }),
  route({
    method: 'post',
    path: '/accounts',
    summary:
      'Invite a city focal point, a verifier or a staff member: the sign-in provider e-mails them (secretariat only)',
    tag: 'programme',
    body: invitationSchema,
    response: registryResponse,
    status: 201,
    handle: async ({ deps, actor, body }) => ({ accounts: await inviteAccount(deps, actor, body) }),
  }),
  route({
    method: 'post',
    path: '/account-deactivations',
    summary: 'Deactivate a user with a reason: no sign-in, and their tokens are refused (secretariat only)',
    tag: 'programme',
    body: accountChangeRequestSchema,
    response: registryResponse,
    handle: async ({ deps, actor, body }) => ({ accounts: await deactivateAccount(deps, actor, body) }),
  }),
  route({
    method: 'post',
    path: '/account-reactivations',
    summary: 'Reactivate a deactivated user with a reason: they can sign in again (secretariat only)',
    tag: 'programme',
    body: accountChangeRequestSchema,
    response: registryResponse,
    handle: async ({ deps, actor, body }) => ({ accounts: await reactivateAccount(deps, actor, body) }),
  }),
];
