// The stored shape of a benchmark score result, as zod schemas so a stored result can be read back safely.
import * as z from 'zod';
import { directionSchema } from '../kpis/schema.ts';

export const bandSchema = z.object({
  points: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  label: z.string(),
});

export const dataPointScoreSchema = z.object({
  dataPointId: z.string(),
  kpiId: z.string(),
  value: z.number(),
  target: z.number(),
  direction: directionSchema,
  /** Performance against the target in percent (see performancePercentage), capped at 1000. */
  percentage: z.number(),
  band: bandSchema,
});

export const kpiScoreSchema = z.object({
  kpiId: z.string(),
  /** Mean of the points of the KPI's scored data points: 1 to 4, fractional when its points differ. */
  points: z.number().min(1).max(4),
  scoredDataPoints: z.number().int().positive(),
  band: bandSchema,
});

export const notScoredSchema = z.object({
  kpiId: z.string(),
  /** not_verified: reported, but the verifier did not verify it (rejected, not verified, or an audit override). */
  reason: z.enum(['no_target', 'not_reported', 'not_verified']),
  /** The verifier's reason, for a KPI not verified. */
  note: z.string().optional(),
});

export const aggregateLevelSchema = z.enum(['category', 'subDimension', 'dimension']);

export const aggregateScoreSchema = z.object({
  level: aggregateLevelSchema,
  /** Dotted path in the taxonomy: `EC`, `EC.ICT` or `EC.ICT.WS` (a category code repeats across sub-dimensions). */
  path: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  scoredKpis: z.number().int().nonnegative(),
  /** points / maxPoints x 100; null when none of its KPIs could be scored. */
  percentage: z.number().nullable(),
  band: bandSchema.nullable(),
});

export const scoreResultSchema = z.object({
  pilotId: z.string(),
  datasetVersion: z.number().int().positive(),
  catalogueVersion: z.string(),
  /** The targets table version that produced these scores. */
  targetsVersion: z.number().int().positive(),
  dataPoints: z.array(dataPointScoreSchema),
  kpis: z.array(kpiScoreSchema),
  notScored: z.array(notScoredSchema),
  categories: z.array(aggregateScoreSchema),
  subDimensions: z.array(aggregateScoreSchema),
  dimensions: z.array(aggregateScoreSchema),
});

export type DataPointScore = z.infer<typeof dataPointScoreSchema>;
export type KpiScore = z.infer<typeof kpiScoreSchema>;
export type NotScored = z.infer<typeof notScoredSchema>;
export type AggregateLevel = z.infer<typeof aggregateLevelSchema>;
export type AggregateScore = z.infer<typeof aggregateScoreSchema>;
export type ScoreResult = z.infer<typeof scoreResultSchema>;
