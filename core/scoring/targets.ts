// The versioned benchmark targets table: its zod schema, validation of a new version against the catalogue, and diffs.
import * as z from 'zod';
import { findDataPoint } from '../kpis/catalogue.ts';

export const targetEntrySchema = z.strictObject({
  /** A data point id; for a KPI with one data point this is also the KPI id. */
  dataPointId: z.string().min(1).max(64),
  target: z.number().positive().finite(),
  /** Must equal the data point's unit, so a target can never be compared with a value in another unit. */
  unit: z.string().min(1).max(50),
  /** Where the number comes from (an SDG target, a directive, WHO guideline) or why the project chose it. */
  source: z.string().min(1).max(500),
  /** True when the number is the project's placeholder rather than taken from the cited source. */
  illustrative: z.boolean(),
});
export type TargetEntry = z.infer<typeof targetEntrySchema>;

/** Bounded so that the largest table still fits one stored item: the catalogue has 132 data points. */
export const targetsTableSchema = z.strictObject({
  version: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  note: z.string().max(2000).optional(),
  /**
   * What an illustrative target is used for: `score` (absent means the same) benchmarks against it and says so
   * wherever the score is shown; `unbenchmarked` leaves its data point unscored, so a KPI with no sourced target
   * reads "N/A", as U4SSC reports print a KPI without a benchmark.
   */
  illustrativeTargets: z.enum(['score', 'unbenchmarked']).optional(),
  entries: z.array(targetEntrySchema).max(200),
});
export type TargetsTable = z.infer<typeof targetsTableSchema>;

/** What the secretariat sends to publish a version; the version, time and author are the system's. */
export const targetsRequestSchema = targetsTableSchema.pick({
  entries: true,
  note: true,
  illustrativeTargets: true,
});

export type TargetsValidation = { ok: true; table: TargetsTable } | { ok: false; issues: string[] };

/**
 * Checks a candidate version of the table: its shape, that every entry names a catalogue data point in that
 * point's unit, that no data point has two targets, that a yes/no point's target is "yes" (1), that a table
 * leaving illustrative targets unbenchmarked still benchmarks something, and that the version number increases
 * over the current table when there is one.
 */
export function validateTargets(candidate: unknown, current?: TargetsTable): TargetsValidation {
  const parsed = targetsTableSchema.safeParse(candidate);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const table = parsed.data;
  const issues: string[] = [];
  const seen = new Set<string>();
  for (const entry of table.entries) {
    const point = findDataPoint(entry.dataPointId);
    if (seen.has(entry.dataPointId)) issues.push(`${entry.dataPointId}: more than one target`);
    seen.add(entry.dataPointId);
    if (!point) {
      issues.push(`${entry.dataPointId}: not a data point of the catalogue`);
      continue;
    }
    if (entry.unit !== point.unit) {
      issues.push(`${entry.dataPointId}: unit "${entry.unit}" differs from the data point's "${point.unit}"`);
    }
    if (point.computation.kind === 'yesNo' && entry.target !== 1) {
      issues.push(`${entry.dataPointId}: a yes/no data point's target must be 1 (yes)`);
    }
  }
  if (table.illustrativeTargets === 'unbenchmarked' && table.entries.every((e) => e.illustrative)) {
    issues.push(
      'illustrativeTargets: "unbenchmarked" needs at least one sourced target, or nothing is scored',
    );
  }
  if (current && table.version <= current.version) {
    issues.push(`version ${table.version} must be greater than the current version ${current.version}`);
  }
  return issues.length ? { ok: false, issues } : { ok: true, table };
}

/** Whether a target takes part in scoring under the table's option for illustrative targets. */
export function benchmarks(table: TargetsTable, entry: TargetEntry): boolean {
  return !entry.illustrative || table.illustrativeTargets !== 'unbenchmarked';
}

/** The fields of an entry besides its data point: what a new version can change. */
const targetFieldSchema = targetEntrySchema.keyof().exclude(['dataPointId']);
export type TargetField = z.infer<typeof targetFieldSchema>;

const illustrativeOption = targetsTableSchema.shape.illustrativeTargets;

export const targetsDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  /** Set when the new version changes what illustrative targets are used for. */
  illustrativeTargets: z.object({ before: illustrativeOption, after: illustrativeOption }).optional(),
  added: z.array(targetEntrySchema),
  removed: z.array(targetEntrySchema),
  changed: z.array(
    z.object({
      dataPointId: z.string(),
      fields: z.array(targetFieldSchema),
      before: targetEntrySchema,
      after: targetEntrySchema,
    }),
  ),
});
export type TargetsDiff = z.infer<typeof targetsDiffSchema>;

const comparedFields = targetFieldSchema.options;

/** What changed from one version of the table to another, entry by entry, in the order of the newer table. */
export function diffTargets(before: TargetsTable, after: TargetsTable): TargetsDiff {
  const old = new Map(before.entries.map((e) => [e.dataPointId, e]));
  const current = new Set(after.entries.map((e) => e.dataPointId));
  const diff: TargetsDiff = { from: before.version, to: after.version, added: [], removed: [], changed: [] };
  if ((before.illustrativeTargets ?? 'score') !== (after.illustrativeTargets ?? 'score')) {
    diff.illustrativeTargets = { before: before.illustrativeTargets, after: after.illustrativeTargets };
  }
  for (const entry of after.entries) {
    const previous = old.get(entry.dataPointId);
    if (!previous) {
      diff.added.push(entry);
      continue;
    }
    const fields = comparedFields.filter((field) => previous[field] !== entry[field]);
    if (fields.length)
      diff.changed.push({ dataPointId: entry.dataPointId, fields, before: previous, after: entry });
  }
  diff.removed = before.entries.filter((e) => !current.has(e.dataPointId));
  return diff;
}
