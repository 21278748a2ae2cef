// One reason per data point, each text once: groups the data points of a KPI that share a reason, so a report
// names every data point beside its reason instead of repeating one text for each.
import { findDataPoint } from '../kpis/catalogue.ts';
import type { DataPoint, Kpi } from '../kpis/schema.ts';
import { restatesDataPointNotes } from '../scoring/verdicts.ts';
import { type Language, nameOf } from './locale.ts';

export interface Reason {
  /** The data points the reason is about; empty when it is about the whole KPI (e.g. an audit result). */
  dataPoints: DataPoint[];
  note: string;
}

/**
 * Groups per-data-point notes by their text, in catalogue order. A KPI-level note is kept only when it says more
 * than its data points' notes (see restatesDataPointNotes): an audit result's own reason for an override.
 */
export function groupReasons(
  notes: readonly { dataPointId: string; note?: string }[],
  kpiNote?: string,
): Reason[] {
  const byNote = new Map<string, DataPoint[]>();
  for (const { dataPointId, note } of notes) {
    const point = findDataPoint(dataPointId);
    if (!note || !point) continue;
    byNote.set(note, [...(byNote.get(note) ?? []), point]);
  }
  const grouped = [...byNote].map(([note, dataPoints]) => ({ note, dataPoints }));
  const saysMore =
    kpiNote &&
    !restatesDataPointNotes(
      kpiNote,
      notes.map((n) => n.note),
    );
  return saysMore ? [{ dataPoints: [], note: kpiNote }, ...grouped] : grouped;
}

/** A data point's name: the KPI's for a single-point KPI, its own label otherwise. */
export function dataPointName(
  point: DataPoint,
  kpi: Pick<Kpi, 'id' | 'nameEn' | 'nameZh'>,
  language: Language,
) {
  return point.id === kpi.id
    ? nameOf(kpi, language)
    : nameOf({ nameEn: point.labelEn, nameZh: point.labelZh }, language);
}

/** "EC.ICT.ICT.4C.3G 3G coverage, EC.ICT.ICT.4C.4G 4G coverage: reason", or the bare reason for the whole KPI. */
export function reasonLine(reason: Reason, kpi: Kpi, language: Language): string {
  if (!reason.dataPoints.length) return reason.note;
  const named = reason.dataPoints.map((p) => `${p.id} ${dataPointName(p, kpi, language)}`).join(', ');
  return `${named}: ${reason.note}`;
}

/** A KPI's bullet: its code and name, then one indented line per reason (or the fallback when it has none). */
export function kpiWithReasons(kpi: Kpi, reasons: Reason[], language: Language, fallback?: string): string {
  const lines = reasons.length
    ? reasons.map((r) => reasonLine(r, kpi, language))
    : fallback
      ? [fallback]
      : [];
  return [`${kpi.code}  ${nameOf(kpi, language)}`, ...lines.map((l) => `    – ${l}`)].join('\n');
}
