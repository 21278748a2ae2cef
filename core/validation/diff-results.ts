// Compares the results of two submissions data point by data point: what changed, appeared or disappeared.
import * as z from 'zod';
import { type DataPointResult, dataPointResultSchema } from './results.ts';

const snapshotSchema = dataPointResultSchema.pick({ value: true, status: true });

export const resultChangeSchema = z.object({
  dataPointId: z.string(),
  change: z.enum(['changed', 'added', 'removed']),
  before: snapshotSchema.optional(),
  after: snapshotSchema.optional(),
});
export type ResultChange = z.infer<typeof resultChangeSchema>;

/** Changes from `before` to `after`, in the order of `after`, then the data points `after` no longer has. */
export function diffResults(before: DataPointResult[], after: DataPointResult[]): ResultChange[] {
  const old = new Map(before.map((result) => [result.dataPointId, result]));
  const current = new Set(after.map((result) => result.dataPointId));
  const changes: ResultChange[] = [];
  for (const result of after) {
    const previous = old.get(result.dataPointId);
    if (!previous) {
      changes.push({ dataPointId: result.dataPointId, change: 'added', after: snapshot(result) });
    } else if (previous.value !== result.value || previous.status !== result.status) {
      changes.push({
        dataPointId: result.dataPointId,
        change: 'changed',
        before: snapshot(previous),
        after: snapshot(result),
      });
    }
  }
  for (const result of before) {
    if (!current.has(result.dataPointId)) {
      changes.push({ dataPointId: result.dataPointId, change: 'removed', before: snapshot(result) });
    }
  }
  return changes;
}

function snapshot({ value, status }: DataPointResult): z.infer<typeof snapshotSchema> {
  return { value, status };
}
