// The verifier registry's vocabulary: what the secretariat registers about a verifier, and what is stored.
import * as z from 'zod';

export const verifierInputSchema = z.object({
  verifierId: z.string().trim().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(200),
  email: z.email(),
  languages: z.array(z.string().trim().min(2).max(10)).default([]),
  regions: z.array(z.string().trim().min(1).max(100)).default([]),
  modes: z
    .array(z.enum(['onsite', 'remote']))
    .min(1)
    .default(['onsite', 'remote']),
  accreditation: z.string().trim().max(500).default(''),
  conflicts: z
    .array(
      z.object({
        cityId: z.string().trim().min(1).optional(),
        country: z.string().trim().min(1).optional(),
        reason: z.string().trim().min(3).max(1000),
      }),
    )
    .default([]),
  active: z.boolean().default(true),
});

/** A registered verifier as stored: the registration with its id fixed. */
export const verifierSchema = verifierInputSchema.extend({ verifierId: z.string().trim().min(1).max(64) });
export type Verifier = z.infer<typeof verifierSchema>;
