// The city snapshot (factsheet) PDF: dimension scores, a benchmarking radar per dimension, highlights,
// the city's smart initiatives and the SDG targets its scored KPIs relate to.
import { findKpi } from '../kpis/catalogue.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { MaturityProfile } from '../maturity/profile.ts';
import type { AggregateScore, ScoreResult } from '../scoring/score-result.ts';
import { categoryLabel } from './category-label.ts';
import { barSvg, placeSvg, radarSvg } from './charts.ts';
import { snapshotText } from './city-snapshot-text.ts';
import { fonts } from './fonts.ts';
import { bandColours, bullets, footers, heading, palette, paragraph, startDocument } from './layout.ts';
import { formatDate, formatPercent, type Language, nameOf, pdfLang, pick } from './locale.ts';
import { maturitySection } from './maturity-section.ts';
import { type Pdf, renderPdf } from './pdf.ts';
import { groupReasons, kpiWithReasons } from './reasons.ts';
import { sdgGoals } from './sdg-goals.ts';

export interface SnapshotInput {
  pilot: Pilot;
  score: ScoreResult;
  /** The city's smart initiatives, one short line each. */
  initiatives: string[];
  issuedAt: Date;
  language: Language;
  /** The city's maturity self-assessment in force, when it gave one. */
  maturity?: MaturityProfile & { assessedAt: string };
}

export type SnapshotText = (typeof snapshotText)[Language];
type Text = SnapshotText;
const HIGHLIGHTS = 3;

/** The asterisk of a score resting, at least in part, on an illustrative target. */
const mark = (node: AggregateScore, t: Text) => (node.illustrativeKpis ? ` ${t.mark}` : '');

function header(doc: Pdf, input: SnapshotInput, t: Text): void {
  const { pilot, score, issuedAt, language } = input;
  doc.rect(0, 0, doc.page.width, 120).fill(palette.primary);
  doc.fillColor('#ffffff').font(fonts.regular).fontSize(9).text(t.issuedBy, 50, 30, { width: 495 });
  doc
    .font(fonts.bold)
    .fontSize(22)
    .text(`${t.title} · ${pilot.cityName}, ${pilot.country}`, 50, 50, { width: 495 });
  doc
    .font(fonts.regular)
    .fontSize(9)
    .text(t.meta(formatDate(issuedAt, language), score.datasetVersion, score.targetsVersion), 50, 90, {
      width: 495,
    });
  doc.fillColor(palette.text);
  doc.y = 140;
}

/** The dimension and sub-dimension bars (the factsheet shows them too). */
export function dimensionScores(doc: Pdf, input: Pick<SnapshotInput, 'score' | 'language'>, t: Text): void {
  const { score, language } = input;
  heading(doc, t.dimensions);
  // Sub-dimensions carry their dimension's name: "Environment" is both a dimension and a sub-dimension.
  const label = (node: AggregateScore) => {
    const parent = score.dimensions.find((d) => node.path.startsWith(`${d.path}.`));
    return parent ? `${nameOf(parent, language)} · ${nameOf(node, language)}` : nameOf(node, language);
  };
  const bars = [...score.dimensions, ...score.subDimensions]
    .filter((d) => d.percentage !== null)
    .map((d) => ({
      name: `${label(d)}${mark(d, t)}`,
      value: d.percentage!,
      label: formatPercent(d.percentage, language),
      colour: bandColours[d.band!.points],
    }));
  const size = { width: 495, height: 24 * bars.length + 40 };
  placeSvg(doc, barSvg(bars, size), 50, doc.y, size);
  doc.y += size.height + 4;
  paragraph(doc, t.bandLegend, { size: 8, colour: palette.muted });
  if (score.dimensions.some((d) => d.illustrativeKpis)) {
    paragraph(doc, t.illustrativeFootnote, { size: 8, colour: palette.muted });
  }
}

/**
 * The strongest and the weakest scored categories, never the same one in both lists: with few categories scored
 * the strongest take the better half and the weakest only what remains.
 */
export function highlightedCategories(score: ScoreResult): {
  strongest: AggregateScore[];
  weakest: AggregateScore[];
} {
  const ranked = score.categories
    .filter((c) => c.percentage !== null)
    .sort((a, b) => b.percentage! - a.percentage!);
  const strongest = ranked.slice(0, Math.min(HIGHLIGHTS, Math.ceil(ranked.length / 2)));
  const rest = ranked.slice(strongest.length);
  return { strongest, weakest: rest.slice(-HIGHLIGHTS).reverse() };
}

export function highlights(doc: Pdf, input: Pick<SnapshotInput, 'score' | 'language'>, t: Text): void {
  const { score, language } = input;
  const { strongest, weakest } = highlightedCategories(score);
  const line = (c: AggregateScore) =>
    `${categoryLabel(c, score, language)}: ${formatPercent(c.percentage, language)} (${c.band!.label})${mark(c, t)}`;
  heading(doc, t.highlights);
  heading(doc, t.strongest, 2);
  bullets(doc, strongest.map(line), t.none);
  heading(doc, t.weakest, 2);
  bullets(doc, weakest.map(line), t.none);
}

/** KPIs the verifier did not verify, with the reason on each data point, and how many are unbenchmarked. */
function notScored(doc: Pdf, input: SnapshotInput, t: Text): void {
  const { score, language } = input;
  heading(doc, t.notVerified);
  const lines = score.notScored.flatMap((n) => {
    const kpi = findKpi(n.kpiId);
    if (n.reason !== 'not_verified' || !kpi) return [];
    return [kpiWithReasons(kpi, groupReasons(n.dataPointNotes ?? [], n.note), language, t.notAssessed)];
  });
  bullets(doc, lines, t.notVerifiedNone);
  const unbenchmarked = score.notScored.filter((n) => n.reason === 'not_benchmarked').length;
  if (unbenchmarked) paragraph(doc, t.unbenchmarked(unbenchmarked), { size: 8.5, colour: palette.muted });
}

function radars(doc: Pdf, input: SnapshotInput, t: Text): void {
  const { score, language } = input;
  doc.addPage();
  heading(doc, t.wheel);
  paragraph(doc, t.wheelNote, { size: 8.5, colour: palette.muted });
  const size = { width: 495, height: 225 };
  for (const dimension of score.dimensions) {
    const categories = score.categories.filter((c) => c.path.startsWith(`${dimension.path}.`));
    heading(
      doc,
      `${nameOf(dimension, language)} · ${formatPercent(dimension.percentage, language)}${mark(dimension, t)}`,
      2,
    );
    const axes = categories.map((c) => ({
      name: `${categoryLabel(c, score, language)}${mark(c, t)}`,
      value: c.percentage,
    }));
    placeSvg(doc, radarSvg(axes, size), 50, doc.y, size);
    doc.y += size.height;
  }
}

/** SDG targets of the scored KPIs, grouped under their goal, in goal order. */
function sdgTargets(score: ScoreResult): Map<number, string[]> {
  const targets = new Set(score.kpis.flatMap((k) => findKpi(k.kpiId)?.sdgTargets ?? []));
  const byGoal = new Map<number, string[]>();
  const sorted = [...targets].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const target of sorted) {
    const goal = Number(target.split('.')[0]);
    byGoal.set(goal, [...(byGoal.get(goal) ?? []), target]);
  }
  return new Map([...byGoal].sort(([a], [b]) => a - b));
}

function initiativesAndSdgs(doc: Pdf, input: SnapshotInput, t: Text): void {
  const { score, language, initiatives } = input;
  doc.addPage();
  heading(doc, t.initiatives);
  bullets(doc, initiatives, t.noInitiatives);
  heading(doc, t.sdgs);
  paragraph(doc, t.sdgNote, { size: 8.5, colour: palette.muted });
  const goals = [...sdgTargets(score)].map(
    ([goal, targets]) => `${t.sdg} ${goal} · ${pick(sdgGoals[goal]!, language)}: ${targets.join(', ')}`,
  );
  bullets(doc, goals, t.none);
}

export function buildCitySnapshot(input: SnapshotInput): Promise<Buffer> {
  const t = snapshotText[input.language];
  return renderPdf(
    { title: `${t.title} - ${input.pilot.cityName}` },
    (doc) => {
      startDocument(doc);
      header(doc, input, t);
      dimensionScores(doc, input, t);
      highlights(doc, input, t);
      notScored(doc, input, t);
      radars(doc, input, t);
      initiativesAndSdgs(doc, input, t);
      if (input.maturity) {
        doc.addPage();
        maturitySection(doc, input.maturity, input.language);
      }
      footers(doc, `${t.title} · ${input.pilot.cityName}`);
    },
    { bufferPages: true, lang: pdfLang[input.language] },
  );
}
