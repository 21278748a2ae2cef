// The verification report's .xlsx annex: every data point with target, source, score and verification, plus scores.
import type { Fill, Workbook } from 'exceljs';
import { unitIn } from '../kpis/units.ts';
import { newWorkbook } from '../xlsx.ts';
import { formatDate, nameOf } from './locale.ts';
import { dataPointName } from './reasons.ts';
import { type DataPointRow, type ReportInput, type ReportModel, reportModel } from './report-model.ts';
import { bandlessLabel, reportText } from './verification-report-text.ts';

const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B4F8A' } };

function addSheet(workbook: Workbook, name: string, columns: { header: string; width: number }[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** A data point's own reason: the verifier's note on it when its KPI was not verified, the city's when unreported. */
function reasonOf(row: DataPointRow, model: ReportModel, review?: { note?: string }): string | null {
  if (row.value === null) return row.cityReason ?? null;
  if (row.state !== 'not_verified') return review?.note ?? null;
  const kpiNote = model.notVerified
    .find((n) => n.kpi.id === row.kpi.id)
    ?.reasons.find((r) => !r.dataPoints.length);
  return review?.note ?? kpiNote?.note ?? null;
}

/** The annex workbook in the report's language; values stay numbers so the city can compute with them. */
export async function buildVerificationAnnex(input: ReportInput): Promise<Buffer> {
  const model = reportModel(input);
  const { language, pilot, score } = input;
  const t = reportText[language];
  const a = t.annex;
  const workbook = newWorkbook();
  workbook.creator = 'U4SSC secretariat';
  workbook.title = `${t.title} - ${pilot.cityName}`;
  workbook.created = input.issuedAt;
  const points = addSheet(workbook, a.dataPoints, [
    { header: a.id, width: 24 },
    { header: a.kpiCode, width: 18 },
    { header: a.kpi, width: 32 },
    { header: a.label, width: 36 },
    { header: a.tier, width: 10 },
    { header: t.result, width: 12 },
    { header: t.unit, width: 18 },
    { header: a.direction, width: 14 },
    { header: a.target, width: 10 },
    { header: a.source, width: 40 },
    { header: a.illustrative, width: 12 },
    { header: a.performance, width: 14 },
    { header: t.points, width: 8 },
    { header: t.band, width: 12 },
    { header: t.verified, width: 12 },
    { header: a.reason, width: 48 },
  ]);
  const reviews = pilot.verification?.reviews ?? {};
  for (const row of model.rows) {
    // A data point that is not scored has no band: "not verified" or N/A says why, as in the report.
    const band = row.score?.band.label ?? bandlessLabel(row.state, t);
    points.addRow([
      row.point.id,
      row.kpi.code,
      nameOf(row.kpi, language),
      dataPointName(row.point, row.kpi, language),
      row.kpi.tier,
      row.value ?? 'NR',
      unitIn(row.point.unit, language),
      a.directions[row.point.direction],
      row.target?.target ?? null,
      row.target?.source ?? null,
      row.target ? (row.target.illustrative ? t.yes : t.no) : null,
      row.score ? Math.round(row.score.percentage * 100) / 100 : null,
      row.score?.band.points ?? null,
      band,
      row.verified ? t.yes : row.state === 'not_verified' ? t.notVerifiedBand : t.no,
      reasonOf(row, model, reviews[row.point.id]),
    ]);
  }
  const scores = addSheet(workbook, a.scores, [
    { header: t.level, width: 16 },
    { header: a.path, width: 14 },
    { header: t.name, width: 36 },
    { header: t.points, width: 10 },
    { header: a.maxPoints, width: 10 },
    { header: a.scoredKpis, width: 10 },
    { header: a.illustrativeKpis, width: 12 },
    { header: a.percentage, width: 10 },
    { header: t.band, width: 10 },
  ]);
  for (const node of [...score.dimensions, ...score.subDimensions, ...score.categories]) {
    scores.addRow([
      a.levels[node.level],
      node.path,
      nameOf(node, language),
      node.points,
      node.maxPoints,
      node.scoredKpis,
      node.illustrativeKpis,
      node.percentage === null ? null : Math.round(node.percentage * 100) / 100,
      node.band?.label ?? null,
    ]);
  }
  const totals = addSheet(workbook, a.totals, [
    { header: a.kpiCode, width: 18 },
    { header: a.kpi, width: 36 },
    { header: a.total, width: 12 },
    { header: t.unit, width: 24 },
    { header: t.verified, width: 12 },
  ]);
  for (const total of model.categories.flatMap((c) => c.totals)) {
    totals.addRow([
      total.kpi.code,
      nameOf(total.kpi, language),
      total.total,
      unitIn(total.kpi.unit, language),
      total.verified ? t.yes : t.no,
    ]);
  }
  scores.addRow([]);
  scores.addRow([
    `${t.targets} ${t.version} ${score.targetsVersion} · ${t.issued} ${formatDate(input.issuedAt, language)}`,
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
