// The city's story beside its KPIs: the smart initiatives it enters for the factsheet, held to the KPI catalogue
// (the case studies name KPIs and SDG targets by the same rules).
import * as z from 'zod';
import { findKpi, kpiCatalogue } from '../kpis/catalogue.ts';

/** The SDG targets the catalogue relates its KPIs to: the targets an initiative can say it serves. */
const catalogueSdgTargets = new Set(kpiCatalogue.kpis.flatMap((kpi) => kpi.sdgTargets));

export const MAX_INITIATIVES = 10;

/** A KPI the city names, by its id or its official code, stored as its catalogue id; any other is refused. */
export const kpiReferenceSchema = z
  .string()
  .trim()
  .max(40)
  .refine((id) => findKpi(id) !== undefined, {
    error: (issue) => `"${String(issue.input).slice(0, 40)}" is not a KPI of the U4SSC catalogue`,
  })
  .transform((id) => findKpi(id)!.id);

/** An SDG target the city says its work serves: one the catalogue relates a KPI to. */
export const catalogueSdgTargetSchema = z
  .string()
  .trim()
  .max(10)
  .refine((target) => catalogueSdgTargets.has(target), {
    error: (issue) =>
      `"${String(issue.input).slice(0, 10)}" is not an SDG target the KPI catalogue relates to (for example 11.2)`,
  });

/** An initiative as stored: lenient, so a rule added to the input below never makes an old record unreadable. */
export const smartInitiativeSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** Catalogue KPI ids (`EC.ICT.ICT.1C`). */
  kpiIds: z.array(z.string()),
  /** SDG targets (`11.2`). */
  sdgTargets: z.array(z.string()),
});
export type SmartInitiative = z.infer<typeof smartInitiativeSchema>;

/** What the city enters: every KPI must be in the catalogue (its id or its official code), every target one it names. */
export const smartInitiativeInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(2000),
  kpiIds: z.array(kpiReferenceSchema).min(1, 'Name at least one KPI the initiative affects').max(20),
  sdgTargets: z.array(catalogueSdgTargetSchema).max(20),
});

export const initiativesInputSchema = z.strictObject({
  initiatives: z
    .array(smartInitiativeInputSchema)
    .max(MAX_INITIATIVES)
    .refine(
      (list) => new Set(list.map((i) => i.name)).size === list.length,
      'Give each initiative its own name',
    ),
});
