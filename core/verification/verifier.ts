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
});

/** A registered verifier as stored: the registration with its id fixed. */
export const verifierSchema = verifierInputSchema.extend({ verifierId: externalIdSchema });
export type Verifier = z.infer<typeof verifierSchema>;
