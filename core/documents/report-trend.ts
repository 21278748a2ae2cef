// The verification report's trend section: each KPI that moved since the city's previous certified cycle.
import { findKpi } from '../kpis/catalogue.ts';
import type { CycleTrend, Movement } from '../scoring/trends.ts';
import { bandColours, type Cell, heading, palette, paragraph, table } from './layout.ts';
import { formatDate, formatNumber, type Language, nameOf } from './locale.ts';
import type { Pdf } from './pdf.ts';
import { trendText } from './report-trend-text.ts';

/** The previous cycle a report is compared with, and the comparison (core/scoring/trends.ts). */
export interface ReportTrend {
  previousPilotId: string;
  previousCertifiedAt: string;
  trend: CycleTrend;
}

const movementColour: Record<Movement, string> = {
  better: bandColours[4],
  worse: bandColours[1],
  unchanged: palette.muted,
  new: palette.text,
  dropped: palette.muted,
};

const bandText = (band: { label: string } | null) => band?.label ?? '—';

export function trendSection(
  doc: Pdf,
  { previousPilotId, previousCertifiedAt, trend }: ReportTrend,
  language: Language,
) {
  const t = trendText[language];
  doc.addPage();
  heading(doc, t.title);
  paragraph(doc, t.basis(previousPilotId, formatDate(previousCertifiedAt, language), trend.targetsVersion));
  const counts = { better: 0, worse: 0, unchanged: 0, new: 0, dropped: 0 } satisfies Record<Movement, number>;
  for (const kpi of trend.kpis) counts[kpi.movement]++;
  paragraph(doc, t.counts(counts));
  paragraph(doc, t.note, { size: 8.5, colour: palette.muted });
  const moved = trend.kpis.filter((k) => k.movement !== 'unchanged');
  if (!moved.length) {
    paragraph(doc, t.noneMoved, { colour: palette.muted });
    return;
  }
  const points = (value: number | null) => (value === null ? '—' : formatNumber(value, language));
  const rows = moved.map((k): Cell[] => {
    const kpi = findKpi(k.kpiId);
    return [
      kpi ? `${kpi.id}\n${nameOf(kpi, language)}` : k.kpiId,
      points(k.pointsBefore),
      points(k.pointsAfter),
      `${bandText(k.bandBefore)} → ${bandText(k.bandAfter)}`,
      { text: t.movements[k.movement], colour: movementColour[k.movement] },
    ];
  });
  table(
    doc,
    [
      { header: t.kpi, width: 0.44 },
      { header: t.pointsBefore, width: 0.13, align: 'right' },
      { header: t.pointsAfter, width: 0.13, align: 'right' },
      { header: t.band, width: 0.16 },
      { header: t.movement, width: 0.14 },
    ],
    rows,
  );
}
