// The verification report PDF: cover, summary, results per category, unreported and unverified KPIs, audit and advice.
import { kpiCatalogue } from '../kpis/catalogue.ts';
import { unitIn } from '../kpis/units.ts';
import type { AggregateScore } from '../scoring/score-result.ts';
import type { GuidanceItem } from '../verification/conclusion.ts';
import { categoryLabel } from './category-label.ts';
import { barSvg, placeSvg } from './charts.ts';
import { fonts } from './fonts.ts';
import {
  bandColours,
  bullets,
  type Cell,
  footers,
  heading,
  palette,
  paragraph,
  startDocument,
  table,
} from './layout.ts';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatResult,
  type Language,
  nameOf,
  pdfLang,
} from './locale.ts';
import { maturitySection } from './maturity-section.ts';
import { type Pdf, renderPdf } from './pdf.ts';
import { dataPointName, kpiWithReasons } from './reasons.ts';
import {
  type DataPointRow,
  type KpiReasons,
  type KpiTotalRow,
  type ReportInput,
  type ReportModel,
  reportModel,
} from './report-model.ts';
import { trendSection } from './report-trend.ts';
import { bandlessLabel, reportText } from './verification-report-text.ts';

export type { ReportInput } from './report-model.ts';

type Text = (typeof reportText)[Language];

/** A score's band, marked when any KPI under it was scored against an illustrative target. */
function bandCell(node: Pick<AggregateScore, 'band'> & { illustrativeKpis?: number }, t: Text): Cell {
  if (!node.band) return { text: t.notScored, colour: palette.muted };
  const mark = node.illustrativeKpis ? ` ${t.illustrativeMark}` : '';
  return { text: `${node.band.label}${mark}`, colour: bandColours[node.band.points] };
}

function cover(doc: Pdf, input: ReportInput, t: Text): void {
  const { pilot, results, score, issuedAt, language, record } = input;
  doc.rect(0, 0, doc.page.width, 230).fill(palette.primary);
  doc.fillColor('#ffffff').font(fonts.regular).fontSize(10).text(t.issuedBy, 50, 60, { width: 495 });
  doc.font(fonts.bold).fontSize(26).text(t.title, 50, 100, { width: 495 });
  doc.font(fonts.regular).fontSize(11).text(t.subtitle, 50, 175, { width: 495 });
  doc
    .fillColor(palette.text)
    .font(fonts.bold)
    .fontSize(24)
    .text(`${pilot.cityName}, ${pilot.country}`, 50, 280);
  doc.moveDown(1.5);
  const facts: [string, string][] = [
    [t.pilot, pilot.pilotId],
    [t.dataset, `${t.version} ${results.version} · ${formatDate(results.validatedAt, language)}`],
    [t.catalogue, `${t.version} ${results.catalogueVersion}`],
    [t.targets, `${t.version} ${score.targetsVersion}`],
    [t.verifier, record.verifier],
    [t.supervisor, record.supervisor],
    [t.mode, pilot.verificationMode ? t.modes[pilot.verificationMode] : '—'],
    [t.issued, formatDate(issuedAt, language)],
  ];
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font(fonts.bold).fontSize(11).fillColor(palette.muted).text(label, 50, y, { width: 150 });
    doc.font(fonts.regular).fillColor(palette.text).text(value, 210, y, { width: 335 });
    doc.moveDown(0.6);
  }
  doc
    .fontSize(9)
    .fillColor(palette.muted)
    .text(t.confidential, 50, doc.page.height - 120, { width: 495 });
  doc.text(t.annexNote, { width: 495 });
}

function summary(doc: Pdf, input: ReportInput, model: ReportModel, t: Text): void {
  const { results, score, conclusion, language } = input;
  doc.addPage();
  heading(doc, t.summary);
  const reportedKpis = kpiCatalogue.kpis.length - model.notReported.length;
  const facts = [
    `${t.reportedPoints}: ${results.summary.reported} / ${results.results.length}`,
    `${t.notReportedKpis}: ${model.notReported.length} / ${kpiCatalogue.kpis.length}`,
    `${t.scoredKpis}: ${score.kpis.length} / ${kpiCatalogue.kpis.length}`,
    `${t.verifiedKpis}: ${reportedKpis - model.notVerified.length} / ${reportedKpis}`,
  ];
  bullets(doc, facts, t.none);
  paragraph(doc, conclusion.auditSummary);
  if (model.illustrativeTargetsUsed) {
    paragraph(doc, t.illustrativeNote(model.illustrativeTargetsUsed), { size: 8.5, colour: palette.muted });
  }
  heading(doc, t.dimensionScores, 2);
  const aggregates = [...score.dimensions, ...score.subDimensions];
  table(
    doc,
    [
      { header: t.level, width: 0.18 },
      { header: t.name, width: 0.38 },
      { header: t.points, width: 0.16, align: 'right' },
      { header: t.score, width: 0.13, align: 'right' },
      { header: t.band, width: 0.15 },
    ],
    aggregates.map((a) => [
      t.annex.levels[a.level],
      nameOf(a, language),
      `${formatNumber(a.points, language)} / ${a.maxPoints}`,
      formatPercent(a.percentage, language),
      bandCell(a, t),
    ]),
  );
  if (aggregates.some((a) => a.illustrativeKpis)) {
    paragraph(doc, t.illustrativeFootnote, { size: 8, colour: palette.muted });
  }
}

/** The categories' scores as bars in their band colours, an asterisk on those resting on illustrative targets. */
function categoryChart(doc: Pdf, input: ReportInput, t: Text): void {
  const { score, language } = input;
  const scored = score.categories.filter((c) => c.percentage !== null);
  doc.addPage();
  heading(doc, t.chartTitle);
  paragraph(doc, t.chartNote, { size: 8.5, colour: palette.muted });
  if (!scored.length) {
    paragraph(doc, t.notScored, { colour: palette.muted });
    return;
  }
  const bars = scored.map((c) => ({
    name: `${categoryLabel(c, score, language)}${c.illustrativeKpis ? ` ${t.illustrativeMark}` : ''}`,
    value: c.percentage!,
    label: formatPercent(c.percentage, language),
    colour: bandColours[c.band!.points],
  }));
  const size = { width: 495, height: Math.min(18 * bars.length + 40, 600) };
  placeSvg(doc, barSvg(bars, size), 50, doc.y, size);
  doc.y += size.height + 4;
  if (scored.some((c) => c.illustrativeKpis)) {
    paragraph(doc, t.illustrativeFootnote, { size: 8, colour: palette.muted });
  }
}

/** The band column of a data point: its band, or why it has none. */
function rowBand(row: DataPointRow, t: Text): Cell {
  if (row.score)
    return bandCell({ band: row.score.band, illustrativeKpis: row.score.illustrative ? 1 : 0 }, t);
  const label = bandlessLabel(row.state, t);
  return label ? { text: label, colour: palette.muted } : '—';
}

const verifiedCell = (verified: boolean, t: Text): Cell =>
  verified ? { text: t.yes, colour: bandColours[4] } : { text: t.no, colour: palette.muted };

/** A yes/no data point reads yes or no, not 1.00 or 0.00. */
function resultText(row: DataPointRow, t: Text, language: Language): string {
  if (row.point.computation.kind === 'yesNo' && row.value !== null) return row.value ? t.yes : t.no;
  return formatResult(row.value, language);
}

function dataPointCells(row: DataPointRow, t: Text, language: Language): Cell[] {
  return [
    `${row.point.id}\n${dataPointName(row.point, row.kpi, language)}`,
    resultText(row, t, language),
    unitIn(row.point.unit, language),
    rowBand(row, t),
    verifiedCell(row.verified, t),
  ];
}

function totalCells(total: KpiTotalRow, t: Text, language: Language): Cell[] {
  return [
    `${total.kpi.id}\n${t.total(nameOf(total.kpi, language))}`,
    formatResult(total.total, language),
    unitIn(total.kpi.unit, language),
    '—',
    verifiedCell(total.verified, t),
  ];
}

/** Data point rows with each split KPI's total right after its last data point. */
function categoryRows(rows: DataPointRow[], totals: KpiTotalRow[], t: Text, language: Language): Cell[][] {
  return rows.flatMap((row, i) => {
    const cells = [dataPointCells(row, t, language)];
    const last = rows[i + 1]?.kpi.id !== row.kpi.id;
    const total = last ? totals.find((x) => x.kpi.id === row.kpi.id) : undefined;
    return total ? [...cells, totalCells(total, t, language)] : cells;
  });
}

function resultsPerCategory(doc: Pdf, input: ReportInput, model: ReportModel, t: Text): void {
  const { language } = input;
  doc.addPage();
  heading(doc, t.resultsPerCategory);
  for (const { category, rows, totals } of model.categories) {
    const kpi = rows[0]!.kpi;
    heading(
      doc,
      `${nameOf(kpi.dimension, language)} › ${nameOf(kpi.subDimension, language)} › ${nameOf(category, language)}`,
      2,
    );
    const illustrative = category.illustrativeKpis
      ? ` · ${t.illustrativeKpis(category.illustrativeKpis, category.scoredKpis)}`
      : '';
    const scoreText = category.band
      ? `${t.categoryScore(formatPercent(category.percentage, language), category.band.label)}${illustrative}`
      : t.notScored;
    paragraph(doc, scoreText, {
      size: 9,
      colour: category.band ? bandColours[category.band.points] : palette.muted,
    });
    table(
      doc,
      [
        { header: t.dataPoint, width: 0.44 },
        { header: t.result, width: 0.15, align: 'right' },
        { header: t.unit, width: 0.16 },
        { header: t.band, width: 0.14 },
        { header: t.verified, width: 0.11 },
      ],
      categoryRows(rows, totals, t, language),
    );
  }
  if (model.rows.some((r) => r.score?.illustrative)) {
    paragraph(doc, t.illustrativeFootnote, { size: 8, colour: palette.muted });
  }
  if (model.rows.some((r) => r.state === 'unbenchmarked')) {
    paragraph(doc, t.unbenchmarkedNote, { size: 8, colour: palette.muted });
  }
}

/** One bullet per KPI, its reasons below it, each naming the data points it is about. */
function reasonList(doc: Pdf, items: KpiReasons[], empty: string, language: Language, fallback?: string) {
  bullets(
    doc,
    items.map(({ kpi, reasons }) => kpiWithReasons(kpi, reasons, language, fallback)),
    empty,
  );
}

function verificationRecord(doc: Pdf, input: ReportInput, model: ReportModel, t: Text): void {
  const { record, pilot, language } = input;
  const mode = pilot.verificationMode ? t.modes[pilot.verificationMode] : '—';
  heading(doc, t.teamTitle, 2);
  paragraph(doc, t.team(record.verifier, record.supervisor, mode));
  heading(doc, t.interviewsTitle, 2);
  bullets(
    doc,
    record.interviews.map((i) =>
      t.interview(formatDate(i.date, language), t.modes[i.mode], i.attendees.join(', '), i.topics.join('; ')),
    ),
    t.noInterviews,
  );
  heading(doc, t.queriesTitle, 2);
  bullets(
    doc,
    model.queries.map((q) => t.query(q.dataPointId, q.question, t.queryStatus[q.status])),
    t.noQueries,
  );
}

function findings(doc: Pdf, input: ReportInput, model: ReportModel, t: Text): void {
  const { conclusion, language } = input;
  doc.addPage();
  heading(doc, t.notReportedTitle);
  reasonList(doc, model.notReported, t.notReportedNone, language);
  heading(doc, t.notVerifiedTitle);
  reasonList(doc, model.notVerified, t.notVerifiedNone, language, t.notAssessed);
  heading(doc, t.auditTitle);
  paragraph(doc, conclusion.auditSummary);
  verificationRecord(doc, input, model, t);
  if (model.verifiedNotes.length) {
    heading(doc, t.auditNotes, 2);
    reasonList(doc, model.verifiedNotes, t.none, language);
  }
  heading(doc, t.policyTitle);
  bullets(doc, guidanceLines(conclusion.policyRecommendations, language), t.none);
  heading(doc, t.improvementTitle);
  bullets(doc, guidanceLines(conclusion.improvementOpportunities, language), t.none);
  heading(doc, t.nextStepsTitle);
  bullets(doc, guidanceLines(conclusion.nextSteps, language), t.none);
}

/** Each item in the report's own language, with the KPIs it concerns and a peer's case study when one is linked. */
function guidanceLines(items: readonly GuidanceItem[], language: Language): string[] {
  const t = reportText[language];
  return items.map(({ text, kpiIds, caseStudy }) =>
    [
      text[language],
      ...(kpiIds.length ? [t.guidanceKpis(kpiIds.join(language === 'zh' ? '、' : ', '))] : []),
      ...(caseStudy ? [t.guidanceCaseStudy(caseStudy.number, caseStudy.title, caseStudy.cityName)] : []),
    ].join('\n'),
  );
}

/** The verification report in the requested language; pair it with buildVerificationAnnex for the workbook. */
export async function buildVerificationReport(input: ReportInput): Promise<Buffer> {
  const model = reportModel(input);
  const t = reportText[input.language];
  const { pilot } = input;
  return renderPdf(
    { title: `${t.title} - ${pilot.cityName}`, subject: t.subtitle },
    (doc) => {
      startDocument(doc);
      cover(doc, input, t);
      summary(doc, input, model, t);
      categoryChart(doc, input, t);
      if (input.trend) trendSection(doc, input.trend, input.language);
      resultsPerCategory(doc, input, model, t);
      findings(doc, input, model, t);
      if (input.maturity) {
        doc.addPage();
        maturitySection(doc, input.maturity, input.language);
      }
      footers(doc, t.footer(pilot.cityName));
    },
    { bufferPages: true, lang: pdfLang[input.language] },
  );
}
