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
  /** The target is the project's placeholder, not a sourced benchmark (absent in scores stored before this flag). */
  illustrative: z.boolean().default(false),
});

export const kpiScoreSchema = z.object({
  kpiId: z.string(),
  /** Mean of the points of the KPI's scored data points: 1 to 4, fractional when its points differ. */
  points: z.number().min(1).max(4),
  scoredDataPoints: z.number().int().positive(),
  band: bandSchema,
  /** At least one of its scored data points was measured against an illustrative target. */
  illustrative: z.boolean().default(false),
});

/** The verifier's reason on one data point of a KPI that was not verified. */
export const dataPointNoteSchema = z.object({ dataPointId: z.string(), note: z.string() });

export const notScoredSchema = z.object({
  kpiId: z.string(),
  /**
   * not_verified: reported, but the verifier did not verify it (rejected, not verified, or an audit override);
   * not_benchmarked: its only targets are illustrative and the targets table leaves such KPIs unbenchmarked (N/A).
   */
  reason: z.enum(['no_target', 'not_reported', 'not_verified', 'not_benchmarked']),
  /** The verifier's reason, for a KPI not verified. */
  note: z.string().optional(),
  /** The verifier's reason on each data point it did not accept, for a KPI not verified. */
  dataPointNotes: z.array(dataPointNoteSchema).optional(),
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
  /** How many of the scored KPIs rest, at least in part, on an illustrative target. */
  illustrativeKpis: z.number().int().nonnegative().default(0),
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
export type DataPointNote = z.infer<typeof dataPointNoteSchema>;
export type AggregateLevel = z.infer<typeof aggregateLevelSchema>;
export type AggregateScore = z.infer<typeof aggregateScoreSchema>;
export type ScoreResult = z.infer<typeof scoreResultSchema>;
