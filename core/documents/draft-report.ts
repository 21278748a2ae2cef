// The draft verification report as the browser shows it: the content model the PDF is printed from (reportModel),
// turned into plain data with every name in both languages, so the supervisor and the city read what will be issued.
import * as z from 'zod';
import { findKpi, kpiCatalogue } from '../kpis/catalogue.ts';
import type { Kpi } from '../kpis/schema.ts';
import { guidanceItemSchema } from '../verification/conclusion.ts';
import { type Bilingual, nameOf } from './locale.ts';
import { dataPointName, kpiWithReasons } from './reasons.ts';
import { type KpiReasons, type ReportInput, reportModel } from './report-model.ts';

const bilingual = z.object({ en: z.string(), zh: z.string() });
const band = z.object({ points: z.number().int(), label: z.string() }).nullable();

export const draftReportContentSchema = z.object({
  cityName: z.string(),
  country: z.string(),
  datasetVersion: z.number().int(),
  targetsVersion: z.number().int(),
  verifier: z.string(),
  supervisor: z.string(),
  facts: z.object({
    reportedPoints: z.number().int(),
    totalPoints: z.number().int(),
    notReportedKpis: z.number().int(),
    scoredKpis: z.number().int(),
    verifiedKpis: z.number().int(),
    reportedKpis: z.number().int(),
    totalKpis: z.number().int(),
  }),
  auditSummary: z.string(),
  /** The verifier's result per reported KPI, as the report prints it. */
  auditResults: z.array(
    z.object({ kpiId: z.string(), name: bilingual, verified: z.boolean(), note: z.string().optional() }),
  ),
  categories: z.array(
    z.object({
      path: z.string(),
      name: bilingual,
      percentage: z.number().nullable(),
      band,
      rows: z.array(
        z.object({
          dataPointId: z.string(),
          name: bilingual,
          value: z.number().nullable(),
          unit: z.string(),
          band,
          state: z.enum(['scored', 'not_verified', 'unbenchmarked', 'no_target', 'not_reported']),
          verified: z.boolean(),
        }),
      ),
    }),
  ),
  /** One line per KPI with its reasons, in both languages, as the PDF lists them. */
  notReported: z.array(bilingual),
  notVerified: z.array(bilingual),
  /** The verifier's guidance, each item in both languages with its KPIs and case study, as the PDFs print it. */
  policyRecommendations: z.array(guidanceItemSchema),
  improvementOpportunities: z.array(guidanceItemSchema),
  nextSteps: z.array(guidanceItemSchema),
});
export type DraftReportContent = z.infer<typeof draftReportContentSchema>;

const both = (text: (language: 'en' | 'zh') => string): Bilingual => ({ en: text('en'), zh: text('zh') });
const kpiLines = (items: KpiReasons[]) =>
  items.map(({ kpi, reasons }) => both((language) => kpiWithReasons(kpi, reasons, language)));
const categoryName = (kpi: Kpi) =>
  both((l) => `${nameOf(kpi.dimension, l)} › ${nameOf(kpi.subDimension, l)} › ${nameOf(kpi.category, l)}`);

export function draftReportContent(input: Omit<ReportInput, 'language' | 'issuedAt'>): DraftReportContent {
  const model = reportModel({ ...input, issuedAt: new Date(0), language: 'en' });
  const { pilot, results, score, conclusion, record } = input;
  const reportedKpis = kpiCatalogue.kpis.length - model.notReported.length;
  return {
    cityName: pilot.cityName,
    country: pilot.country,
    datasetVersion: results.version,
    targetsVersion: score.targetsVersion,
    verifier: record.verifier,
    supervisor: record.supervisor,
    facts: {
      reportedPoints: results.summary.reported,
      totalPoints: results.results.length,
      notReportedKpis: model.notReported.length,
      scoredKpis: score.kpis.length,
      verifiedKpis: reportedKpis - model.notVerified.length,
      reportedKpis,
      totalKpis: kpiCatalogue.kpis.length,
    },
    auditSummary: conclusion.auditSummary,
    auditResults: conclusion.perKpi.flatMap(({ kpiId, verified, note }) => {
      const kpi = findKpi(kpiId);
      const reported = model.rows.some((r) => r.kpi.id === kpiId && r.value !== null);
      return kpi && reported
        ? [{ kpiId, name: both((l) => nameOf(kpi, l)), verified, ...(note ? { note } : {}) }]
        : [];
    }),
    categories: model.categories.map(({ category, rows }) => ({
      path: category.path,
      name: categoryName(rows[0]!.kpi),
      percentage: category.percentage,
      band: category.band,
      rows: rows.map((row) => ({
        dataPointId: row.point.id,
        name: both((l) => dataPointName(row.point, row.kpi, l)),
        value: row.value,
        unit: row.point.unit,
        band: row.score?.band ?? null,
        state: row.state,
        verified: row.verified,
      })),
    })),
    notReported: kpiLines(model.notReported),
    notVerified: kpiLines(model.notVerified),
    policyRecommendations: conclusion.policyRecommendations,
    improvementOpportunities: conclusion.improvementOpportunities,
    nextSteps: conclusion.nextSteps,
  };
}
