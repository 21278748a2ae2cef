// Compares the results of two submissions data point by data point: what changed, appeared or disappeared.
import type { DataPointResult } from './results.ts';

type Snapshot = Pick<DataPointResult, 'value' | 'status'>;

export interface ResultChange {
  dataPointId: string;
  change: 'changed' | 'added' | 'removed';
  before?: Snapshot;
  after?: Snapshot;
}

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

function snapshot({ value, status }: DataPointResult): Snapshot {
  return { value, status };
}
