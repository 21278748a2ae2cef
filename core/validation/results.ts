// The stored outcome of validating one submission: findings and the computed result of every data point.
import * as z from 'zod';
import { dataPointInputsSchema } from '../kpis/compute.ts';
import { maturityEntrySchema } from '../maturity/answers.ts';

export const findingSchema = z.object({
  severity: z.enum(['error', 'warning']),
  rule: z.string(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  dataPointId: z.string().optional(),
  message: z.object({ en: z.string(), zh: z.string() }),
});
export type Finding = z.infer<typeof findingSchema>;

export const dataPointResultSchema = z.object({
  dataPointId: z.string(),
  kpiId: z.string(),
  labelEn: z.string(),
  unit: z.string(),
  tier: z.enum(['core', 'advanced']),
  value: z.number().nullable(),
  status: z.enum(['reported', 'not_reported']),
  reason: z.string().optional(),
  /** The city's own explanation for a data point it does not report, taken from the Notes column. */
  cityReason: z.string().optional(),
  /** The city confirmed the value carried over from its previous cycle (its Notes still hold the carried-over note). */
  carriedOver: z.literal(true).optional(),
  /**
   * What the city typed on the row, as the verifier checks it: the inputs (numerator, denominator or value) and the
   * text columns. Absent from results stored before they were kept.
   */
  inputs: dataPointInputsSchema.optional(),
  dataQuality: z.string().optional(),
  dataOrigin: z.string().optional(),
  source: z.string().optional(),
  notes: z.string().optional(),
});
export type DataPointResult = z.infer<typeof dataPointResultSchema>;

export const submissionResultsSchema = z.object({
  pilotId: z.string(),
  version: z.number().int().positive(),
  catalogueVersion: z.string(),
  catalogueChecksum: z.string(),
  validatedAt: z.string(),
  /** The programme's validation severities version the findings were graded by; absent before they were versioned. */
  severitiesVersion: z.number().int().positive().optional(),
  valid: z.boolean(),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    reported: z.number().int(),
    notReported: z.number().int(),
  }),
  findings: z.array(findingSchema),
  results: z.array(dataPointResultSchema),
  /** The city profile as read (numbers, and the currency code): what peer groups compare; absent on older results. */
  profile: z.record(z.string(), z.number().nullable()).optional(),
  currency: z.string().nullable().optional(),
  /** The Maturity sheet's self-assessment; absent from results stored before it was read. */
  maturity: z.array(maturityEntrySchema).optional(),
});
export type SubmissionResults = z.infer<typeof submissionResultsSchema>;

export const resultsKey = (pilotId: string, version: number) =>
  `results/${pilotId}/v${String(version).padStart(3, '0')}.json`;
