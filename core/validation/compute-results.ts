// Computes the stored result of every data point from what was read, with the city's not-reported reason.

import { findKpi } from '../kpis/catalogue.ts';
import { type CityProfileValues, computeResult } from '../kpis/compute.ts';
import { isCarriedOverNote } from '../template/carry-over.ts';
import type { DataPointReading } from './data-point-reading.ts';
import type { DataPointResult } from './results.ts';

/** Notes that start with one of these declare the data point as deliberately not reported; the rest is the reason. */
const NOT_REPORTED_MARKER =
  /^\s*(NR|N\/A|not reported|not available|未报告|不适用|无数据)\s*[:：\-–—,，.。]?\s*/i;

/** The city's reason for not reporting, when its notes start with a not-reported marker followed by some text. */
export function declaredReason(notes: string): string | undefined {
  const match = NOT_REPORTED_MARKER.exec(notes);
  const reason = match ? notes.slice(match[0].length).trim() : '';
  return reason === '' ? undefined : reason;
}

/** Each result with the reading it was computed from (computeResults keeps the order of the readings). */
export function withReadings(
  readings: DataPointReading[],
  results: DataPointResult[],
): { reading: DataPointReading; result: DataPointResult }[] {
  return results.flatMap((result, index) => {
    const reading = readings[index];
    return reading ? [{ reading, result }] : [];
  });
}

/** What the city typed on the row, without the empty text columns, so an empty row stores nothing extra. */
function asTyped(typed: Pick<DataPointResult, 'inputs' | 'dataQuality' | 'dataOrigin' | 'source' | 'notes'>) {
  const texts = Object.entries(typed).filter(([key, value]) => key !== 'inputs' && value !== '');
  const inputs = Object.keys(typed.inputs ?? {}).length ? { inputs: typed.inputs } : {};
  return { ...inputs, ...Object.fromEntries(texts) };
}

export function computeResults(readings: DataPointReading[], profile: CityProfileValues): DataPointResult[] {
  return readings.map(({ point, inputs, notes, dataQuality, dataOrigin, source }) => {
    const computed = computeResult(point, inputs, profile);
    const base = {
      dataPointId: point.id,
      kpiId: point.kpiId,
      labelEn: point.labelEn,
      unit: point.unit,
      tier: findKpi(point.kpiId)?.tier ?? 'advanced',
      ...asTyped({ inputs, dataQuality, dataOrigin, source, notes }),
    };
    if (computed.status === 'reported') {
      const carriedOver = isCarriedOverNote(notes) ? { carriedOver: true as const } : {};
      return { ...base, value: computed.value, status: 'reported', ...carriedOver };
    }
    const cityReason = declaredReason(notes);
    return {
      ...base,
      value: null,
      status: 'not_reported',
      reason: computed.reason,
      ...(cityReason ? { cityReason } : {}),
    };
  });
}
