import { describe, expect, it } from 'vitest';
import { diffResults } from '../../../core/validation/diff-results.ts';
import type { DataPointResult } from '../../../core/validation/results.ts';

const result = (dataPointId: string, value: number | null): DataPointResult => ({
  dataPointId,
  kpiId: dataPointId,
  labelEn: dataPointId,
  unit: '%',
  tier: 'core',
  value,
  status: value === null ? 'not_reported' : 'reported',
});

describe('diffResults', () => {
  it('lists changed, added and removed data points with old and new values', () => {
    const before = [result('A', 1), result('B', 2), result('C', 3), result('D', null)];
    const after = [result('A', 1), result('B', 5), result('D', 4), result('E', 6)];
    expect(diffResults(before, after)).toEqual([
      {
        dataPointId: 'B',
        change: 'changed',
        before: { value: 2, status: 'reported' },
        after: { value: 5, status: 'reported' },
      },
      {
        dataPointId: 'D',
        change: 'changed',
        before: { value: null, status: 'not_reported' },
        after: { value: 4, status: 'reported' },
      },
      { dataPointId: 'E', change: 'added', after: { value: 6, status: 'reported' } },
      { dataPointId: 'C', change: 'removed', before: { value: 3, status: 'reported' } },
    ]);
  });

  it('is empty for identical results', () => {
    const results = [result('A', 1), result('B', null)];
    expect(diffResults(results, structuredClone(results))).toEqual([]);
  });
});
