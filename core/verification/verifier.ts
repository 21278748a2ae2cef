// The verifier registry's vocabulary: what the secretariat registers about a verifier, and what is stored. Every list
// and string is bounded, so the largest registration still fits one stored item.
import * as z from 'zod';
import { externalIdSchema } from '../ids.ts';

export const verifierInputSchema = z.strictObject({
  verifierId: externalIdSchema.optional(),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  languages: z.array(z.string().trim().min(2).max(10)).max(20).default([]),
  regions: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  modes: z
    .array(z.enum(['onsite', 'remote']))
    .min(1)
    .max(2)
    .default(['onsite', 'remote']),
  accreditation: z.string().trim().max(500).default(''),
  conflicts: z
    .array(
      z.strictObject({
        cityId: externalIdSchema.optional(),
        country: z.string().trim().min(1).max(100).optional(),
        reason: z.string().trim().min(3).max(1000),
      }),
    )
    .max(50)
    .default([]),
  active: z.boolean().default(true),
  /** Why an entry changes; required when a declared conflict is removed or the verifier is made active again. */
  changeReason: z.string().trim().min(3).max(1000).optional(),
});

/** The fields whose changes the registry's history names. */
export const auditedFields = [
  'name',
  'email',
  'languages',
  'regions',
  'modes',
  'accreditation',
  'conflicts',
  'active',
] as const;

/** One change to an entry: who, when, which fields and why. */
export const registryChangeSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  by: z.string(),
  changed: z.array(z.enum([...auditedFields, 'registered'])),
  reason: z.string().optional(),
});
export type RegistryChange = z.infer<typeof registryChangeSchema>;
/** The newest changes kept with the entry; bounded so the entry still fits one stored item. */
export const REGISTRY_HISTORY_KEPT = 50;

/** A registered verifier as stored: the registration with its id fixed and the history of its changes. */
export const verifierSchema = verifierInputSchema.omit({ changeReason: true }).extend({
  verifierId: externalIdSchema,
  /** Absent on entries registered before changes were audited. */
  history: z.array(registryChangeSchema).max(REGISTRY_HISTORY_KEPT).optional(),
});
export type Verifier = z.infer<typeof verifierSchema>;
