// The stored shape of an index edition: every contributing city's results under one methodology and targets version.
import * as z from 'zod';
import { indexNamingSchema } from '../lifecycle/events.ts';
import { cityProfileSchema } from './profile.ts';

/** Edition ids are short and printable: `2027`, `2027-pilot`. */
export const editionIdSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,31}$/, 'An edition id has letters, digits and hyphens, at most 32');

export const namingSchema = indexNamingSchema;
export type Naming = z.infer<typeof namingSchema>;

export const coverageSchema = z.object({
  path: z.string(),
  scoredKpis: z.number().int().nonnegative(),
  kpis: z.number().int().positive(),
  share: z.number().min(0).max(1),
  meets: z.boolean(),
});

export const rankIntervalSchema = z.object({
  medianRank: z.number().int().positive(),
  low: z.number().int().positive(),
  high: z.number().int().positive(),
});

const scores = z.record(z.string(), z.number().nullable());

export const cityResultSchema = z.object({
  pilotId: z.string(),
  cityId: z.string(),
  cityName: z.string(),
  country: z.string(),
  region: z.string().optional(),
  /** The city's consent at composition: only a named city's name and values are ever public. */
  naming: namingSchema,
  certificateNumber: z.string(),
  certifiedAt: z.string(),
  datasetVersion: z.number().int().positive(),
  /** What peer groups compare: never public. */
  profile: cityProfileSchema,
  /** Ranked when every dimension meets the coverage threshold; otherwise listed with its coverage. */
  status: z.enum(['ranked', 'listed']),
  coverage: z.array(coverageSchema),
  index: z.number().nullable(),
  rank: z.number().int().positive().nullable(),
  uncertainty: rankIntervalSchema.nullable(),
  /** Scores of 0 to 100 under the headline normalisation, by taxonomy path; null where nothing is covered. */
  dimensions: scores,
  subDimensions: scores,
  categories: scores,
  kpis: z.record(z.string(), z.number()),
  /** The verified, benchmarked values the scores rest on, with their performance against the target. */
  dataPoints: z.array(
    z.object({ dataPointId: z.string(), kpiId: z.string(), value: z.number(), percentage: z.number() }),
  ),
});
export type CityResult = z.infer<typeof cityResultSchema>;

export const indexEditionSchema = z.object({
  editionId: editionIdSchema,
  composedAt: z.iso.datetime({ offset: true }),
  composedBy: z.string(),
  note: z.string().optional(),
  methodologyVersion: z.number().int().positive(),
  targetsVersion: z.number().int().positive(),
  catalogueVersion: z.string(),
  /** Ranked cities by rank, then listed cities by name. */
  cities: z.array(cityResultSchema),
});
export type IndexEdition = z.infer<typeof indexEditionSchema>;

/** What the table keeps of an edition; its results are the JSON document under `key`, never overwritten. */
export const indexEditionRecordSchema = z.object({
  editionId: editionIdSchema,
  status: z.enum(['draft', 'published']),
  key: z.string().min(1),
  composedAt: z.iso.datetime({ offset: true }),
  composedBy: z.string(),
  methodologyVersion: z.number().int().positive(),
  targetsVersion: z.number().int().positive(),
  cities: z.number().int().nonnegative(),
  ranked: z.number().int().nonnegative(),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  publishedBy: z.string().optional(),
});
export type IndexEditionRecord = z.infer<typeof indexEditionRecordSchema>;
