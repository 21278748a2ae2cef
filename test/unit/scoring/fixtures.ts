// Test fixtures for scoring: submission results with chosen values and small targets tables.

import { allDataPoints, findDataPoint } from '../../../core/kpis/catalogue.ts';
import type { TargetEntry, TargetsTable } from '../../../core/scoring/targets.ts';
import type { SubmissionResults } from '../../../core/validation/results.ts';

/** Results of a validated submission where only the given data points have values. */
export function resultsWith(
  values: Record<string, number | null>,
  pilotId = 'paurora0001',
): SubmissionResults {
  const results = allDataPoints().map((p) => {
    const value = values[p.id] ?? null;
    return {
      dataPointId: p.id,
      kpiId: p.kpiId,
      labelEn: p.labelEn,
      unit: p.unit,
      tier: p.kpiId.endsWith('C') ? ('core' as const) : ('advanced' as const),
      value,
      status: value === null ? ('not_reported' as const) : ('reported' as const),
    };
  });
  const reported = results.filter((r) => r.value !== null).length;
  return {
    pilotId,
    version: 1,
    catalogueVersion: '1.0.0',
    catalogueChecksum: 'x',
    validatedAt: '2026-03-01T00:00:00.000Z',
    valid: true,
    summary: { errors: 0, warnings: 0, reported, notReported: results.length - reported },
    findings: [],
    results,
  };
}

export function targetFor(dataPointId: string, target: number, illustrative = true): TargetEntry {
  const unit = findDataPoint(dataPointId)?.unit ?? 'no such point';
  return { dataPointId, target, unit, source: 'test', illustrative };
}

export function tableOf(entries: TargetEntry[], version = 1): TargetsTable {
  return { version, createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'test', entries };
}
