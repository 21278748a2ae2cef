// The factsheet a certified city requests: in one PDF, English pages then Chinese pages, each with the verified
// scores (charts), the highlights, the city's smart initiatives with their KPIs and SDG targets, and its maturity.
import { findKpi } from '../kpis/catalogue.ts';
import type { SmartInitiative } from '../lifecycle/city-story.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { MaturityProfile } from '../maturity/profile.ts';
import type { ScoreResult } from '../scoring/score-result.ts';
import { dimensionScores, highlights } from './city-snapshot.ts';
import { snapshotText } from './city-snapshot-text.ts';
import { factsheetText } from './factsheet-text.ts';
import { fonts } from './fonts.ts';
import { bullets, footers, heading, palette, paragraph, startDocument } from './layout.ts';
import { formatDate, formatNumber, type Language, nameOf, pick } from './locale.ts';
import { maturitySection } from './maturity-section.ts';
import { type Pdf, renderPdf } from './pdf.ts';
import { sdgGoals } from './sdg-goals.ts';

export interface FactsheetInput {
  pilot: Pilot;
  certificateNumber: string;
  score: ScoreResult;
  initiatives: readonly SmartInitiative[];
  maturity?: MaturityProfile & { assessedAt: string };
  issuedAt: Date;
}

const languages: readonly Language[] = ['en', 'zh'];

function header(doc: Pdf, input: FactsheetInput, language: Language): void {
  const t = factsheetText[language];
  doc.rect(0, 0, doc.page.width, 110).fill(palette.primary);
  doc
    .fillColor('#ffffff')
    .font(fonts.regular)
    .fontSize(9)
    .text(snapshotText[language].issuedBy, 50, 28, { width: 495 });
  doc
    .font(fonts.bold)
    .fontSize(22)
    .text(`${t.title} · ${input.pilot.cityName}, ${input.pilot.country}`, 50, 48, { width: 495 });
  doc
    .font(fonts.regular)
    .fontSize(9)
    .text(t.meta(input.certificateNumber, formatDate(input.issuedAt, language)), 50, 84, { width: 495 });
  doc.fillColor(palette.text);
  doc.y = 130;
}

/** A KPI the initiative affects, with its verified score where it has one. */
function kpiLine(kpiId: string, score: ScoreResult, language: Language): string {
  const kpi = findKpi(kpiId);
  if (!kpi) return kpiId;
  const scored = score.kpis.find((k) => k.kpiId === kpi.id);
  const figure = scored
    ? `${scored.band.label} (${formatNumber(scored.points, language)} / 4)`
    : factsheetText[language].notScored;
  return `${kpi.code} ${nameOf(kpi, language)}: ${figure}`;
}

function sdgLine(target: string, language: Language): string {
  const goal = sdgGoals[Number(target.split('.')[0])];
  return goal ? `${target} (${pick(goal, language)})` : target;
}

function initiatives(doc: Pdf, input: FactsheetInput, language: Language): void {
  const t = factsheetText[language];
  doc.addPage();
  heading(doc, t.initiatives);
  if (!input.initiatives.length) paragraph(doc, t.noInitiatives, { colour: palette.muted });
  for (const initiative of input.initiatives) {
    heading(doc, initiative.name, 2);
    paragraph(doc, initiative.description);
    paragraph(doc, t.kpisAffected, { size: 9, colour: palette.muted });
    bullets(
      doc,
      initiative.kpiIds.map((id) => kpiLine(id, input.score, language)),
      t.none,
    );
    paragraph(doc, t.sdgsServed, { size: 9, colour: palette.muted });
    bullets(
      doc,
      initiative.sdgTargets.map((target) => sdgLine(target, language)),
      t.none,
    );
  }
}

export function buildFactsheet(input: FactsheetInput): Promise<Buffer> {
  return renderPdf(
    { title: `${factsheetText.en.title} / ${factsheetText.zh.title} - ${input.pilot.cityName}` },
    (doc) => {
      startDocument(doc);
      languages.forEach((language, index) => {
        if (index > 0) doc.addPage();
        header(doc, input, language);
        dimensionScores(doc, { score: input.score, language }, snapshotText[language]);
        highlights(doc, { score: input.score, language }, snapshotText[language]);
        initiatives(doc, input, language);
        if (input.maturity) {
          doc.addPage();
          maturitySection(doc, input.maturity, language);
        }
      });
      footers(doc, `${factsheetText.en.title} · ${input.pilot.cityName}`);
    },
    { bufferPages: true, lang: 'en-GB' },
  );
}
