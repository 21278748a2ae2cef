// The people who may sign in, as the secretariat manages them: invited city focal points, verifiers and staff, each
// active or deactivated. A versioned programme table, so every invitation, deactivation and reactivation names who
// made it, when and why (the version's note), like the staff directory.
import * as z from 'zod';
import { externalIdSchema } from '../ids.ts';

export const accountRoleSchema = z.enum(['secretariat', 'verifier', 'city']);

/** Whom the secretariat invites; a city focal point acts for one city, nobody else for any. */
export const invitationSchema = z
  .strictObject({
    userId: externalIdSchema,
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254),
    role: accountRoleSchema,
    cityId: externalIdSchema.optional(),
  })
  .refine((a) => (a.role === 'city') === (a.cityId !== undefined), {
    message: 'A city focal point is invited with the cityId of the city; staff and verifiers without one',
    path: ['cityId'],
  });
export type Invitation = z.infer<typeof invitationSchema>;

/** Who deactivated or reactivated an account, when and why. */
const accountChangeSchema = z.object({ at: z.string(), by: z.string(), reason: z.string() });

export const accountSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** Absent for a seeded user the registry did not invite and only deactivated. */
  email: z.string().optional(),
  role: accountRoleSchema.optional(),
  cityId: z.string().optional(),
  active: z.boolean(),
  invitedAt: z.string().optional(),
  invitedBy: z.string().optional(),
  /** The last deactivation, kept after a reactivation so that the list says what was undone. */
  deactivated: accountChangeSchema.optional(),
  /** The last reactivation; a new deactivation clears it. */
  reactivated: accountChangeSchema.optional(),
});
export type Account = z.infer<typeof accountSchema>;

/** Room for every account the programme will have while a version stays one stored item. */
export const MAX_ACCOUNTS = 2000;

export const accountRegistrySchema = z.object({
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  createdBy: z.string(),
  note: z.string(),
  accounts: z.array(accountSchema).max(MAX_ACCOUNTS),
});
export type AccountRegistry = z.infer<typeof accountRegistrySchema>;

export const emptyAccountRegistry: AccountRegistry = {
  version: 0,
  createdAt: '1970-01-01T00:00:00.000Z',
  createdBy: 'system',
  note: 'No account was managed yet',
  accounts: [],
};

/** Whether the registry deactivated this user; people it does not list (the embedded demo users) are not. */
export const isDeactivated = (registry: AccountRegistry, userId: string) =>
  registry.accounts.some((a) => a.userId === userId && !a.active);
