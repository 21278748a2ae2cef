// The city's case studies: what it writes, held to the KPI catalogue, the SDG targets it names and the maturity
// framework's characteristics; and the KPI categories its results fall in.
import * as z from 'zod';
import { categoryPath, findKpi } from '../kpis/catalogue.ts';
import { characteristicIdSchema } from '../maturity/answers.ts';
import { caseStudyTextLimits } from './case-study-limits.ts';
import { catalogueSdgTargetSchema, kpiReferenceSchema } from './city-story.ts';

/** Case studies one pilot may hold, and results one may report: the view and its items stay bounded (0029). */
export const MAX_CASE_STUDIES = 5;
export const MAX_CASE_STUDY_RESULTS = 10;

const text = (max: number) => z.string().trim().min(1).max(max);

/** A case study as stored: lenient, so a rule added to the input below never makes an old record unreadable. */
export const caseStudyContentSchema = z.object({
  title: z.string(),
  challenge: z.string(),
  initiative: z.string(),
  /** The ICT the initiative used. */
  ict: z.string(),
  /** Each result in KPI terms: the catalogue KPI id it moved and what changed. */
  results: z.array(z.object({ kpiId: z.string(), outcome: z.string() })),
  lessons: z.string(),
  sdgTargets: z.array(z.string()),
  /** The maturity characteristics the case study illustrates. */
  characteristics: z.array(characteristicIdSchema),
});
export type CaseStudyContent = z.infer<typeof caseStudyContentSchema>;

/** What the city writes: every KPI in the catalogue (by id or official code), every target one the catalogue names. */
export const caseStudyInputSchema = z.strictObject({
  title: text(caseStudyTextLimits.title),
  challenge: text(caseStudyTextLimits.challenge),
  initiative: text(caseStudyTextLimits.initiative),
  ict: text(caseStudyTextLimits.ict),
  results: z
    .array(z.strictObject({ kpiId: kpiReferenceSchema, outcome: text(caseStudyTextLimits.outcome) }))
    .min(1, 'Report at least one result in terms of a KPI')
    .max(MAX_CASE_STUDY_RESULTS),
  lessons: text(caseStudyTextLimits.lessons),
  sdgTargets: z.array(catalogueSdgTargetSchema).max(20),
  characteristics: z
    .array(characteristicIdSchema)
    .min(1, 'Name at least one maturity characteristic the case study illustrates')
    .max(8)
    .refine((list) => new Set(list).size === list.length, 'Name each characteristic once'),
});

/** The category path of a KPI named by id or code, if the catalogue has it. */
export function categoryOfKpi(kpiId: string): string | undefined {
  const kpi = findKpi(kpiId);
  return kpi && categoryPath(kpi);
}

/** The KPI categories a case study's results fall in, each once, in the order its results name them. */
export const categoriesOf = (caseStudy: Pick<CaseStudyContent, 'results'>) => [
  ...new Set(caseStudy.results.flatMap((r) => categoryOfKpi(r.kpiId) ?? [])),
];
