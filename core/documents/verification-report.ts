// The verification report PDF: cover, summary, results per category, unreported and unverified KPIs, audit and advice.
import { kpiCatalogue } from '../kpis/catalogue.ts';
import type { AggregateScore } from '../scoring/score-result.ts';
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
import { formatDate, formatPercent, formatResult, type Language, nameOf, pdfLang } from './locale.ts';
import { type Pdf, renderPdf } from './pdf.ts';
import { type DataPointRow, type ReportInput, type ReportModel, reportModel } from './report-model.ts';
import { reportText } from './verification-report-text.ts';

export type { ReportInput } from './report-model.ts';

type Text = (typeof reportText)[Language];

function bandCell(band: AggregateScore['band'], fallback: string): Cell {
  return band ? { text: band.label, colour: bandColours[band.points] } : fallback;
}

function cover(doc: Pdf, input: ReportInput, t: Text): void {
  const { pilot, results, score, issuedAt, language } = input;
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
      { header: t.name, width: 0.4 },
      { header: t.points, width: 0.14, align: 'right' },
      { header: t.score, width: 0.13, align: 'right' },
      { header: t.band, width: 0.15 },
    ],
    aggregates.map((a) => [
      t.annex.levels[a.level],
      nameOf(a, language),
      `${a.points.toFixed(1)} / ${a.maxPoints}`,
      formatPercent(a.percentage, language),
      bandCell(a.band, t.notScored),
    ]),
  );
}

function dataPointCells(row: DataPointRow, t: Text, language: Language): Cell[] {
  const label =
    row.point.id === row.kpi.id
      ? nameOf(row.kpi, language)
      : nameOf({ nameEn: row.point.labelEn, nameZh: row.point.labelZh }, language);
  return [
    `${row.point.id}\n${label}`,
    formatResult(row.value, language),
    row.point.unit,
    bandCell(row.score?.band ?? null, '—'),
    row.verified ? { text: t.yes, colour: bandColours[4] } : { text: t.no, colour: palette.muted },
  ];
}

function resultsPerCategory(doc: Pdf, input: ReportInput, model: ReportModel, t: Text): void {
  const { language } = input;
  doc.addPage();
  heading(doc, t.resultsPerCategory);
  for (const { category, rows } of model.categories) {
    const kpi = rows[0]!.kpi;
    heading(
      doc,
      `${nameOf(kpi.dimension, language)} › ${nameOf(kpi.subDimension, language)} › ${nameOf(category, language)}`,
      2,
    );
    const scoreText = category.band
      ? t.categoryScore(formatPercent(category.percentage, language), category.band.label)
      : t.notScored;
    paragraph(doc, scoreText, {
      size: 9,
      colour: category.band ? bandColours[category.band.points] : palette.muted,
    });
    table(
      doc,
      [
        { header: t.dataPoint, width: 0.46 },
        { header: t.result, width: 0.14, align: 'right' },
        { header: t.unit, width: 0.16 },
        { header: t.band, width: 0.13 },
        { header: t.verified, width: 0.11 },
      ],
      rows.map((row) => dataPointCells(row, t, language)),
    );
  }
}

function kpiList(
  doc: Pdf,
  items: { kpi: { code: string; nameEn: string; nameZh: string }; detail?: string }[],
  empty: string,
  language: Language,
) {
  bullets(
    doc,
    items.map(({ kpi, detail }) => `${kpi.code}  ${nameOf(kpi, language)}${detail ? ` — ${detail}` : ''}`),
    empty,
  );
}

function findings(doc: Pdf, input: ReportInput, model: ReportModel, t: Text): void {
  const { conclusion, language } = input;
  doc.addPage();
  heading(doc, t.notReportedTitle);
  kpiList(
    doc,
    model.notReported.map(({ kpi, cityReasons }) => ({
      kpi,
      detail: cityReasons.length ? `${t.cityReason}: ${cityReasons.join('; ')}` : undefined,
    })),
    t.notReportedNone,
    language,
  );
  heading(doc, t.notVerifiedTitle);
  kpiList(
    doc,
    model.notVerified.map(({ kpi, note }) => ({ kpi, detail: note ?? t.notAssessed })),
    t.notVerifiedNone,
    language,
  );
  heading(doc, t.auditTitle);
  paragraph(doc, conclusion.auditSummary);
  if (model.verifiedNotes.length) {
    heading(doc, t.auditNotes, 2);
    kpiList(
      doc,
      model.verifiedNotes.map(({ kpi, note }) => ({ kpi, detail: note })),
      t.none,
      language,
    );
  }
  heading(doc, t.policyTitle);
  bullets(doc, conclusion.policyRecommendations, t.none);
  heading(doc, t.improvementTitle);
  bullets(doc, conclusion.improvementOpportunities, t.none);
  heading(doc, t.nextStepsTitle);
  bullets(doc, conclusion.nextSteps, t.none);
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
      resultsPerCategory(doc, input, model, t);
      findings(doc, input, model, t);
      footers(doc, t.footer(pilot.cityName));
    },
    { bufferPages: true, lang: pdfLang[input.language] },
  );
}
