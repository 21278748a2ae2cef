// Zod schemas for the KPI catalogue; every catalogue type is derived from these with z.infer.
import * as z from 'zod';

/** Where a value comes from: U4SSC publications, a secondary reproduction of them, or the project's own choice. */
export const provenanceSchema = z.enum(['official', 'secondary', 'project']);

/** Fields whose origin the catalogue records for every KPI. */
export const provenanceFields = [
  'nameEn',
  'nameZh',
  'taxonomy',
  'taxonomyZh',
  'tier',
  'type',
  'unit',
  'direction',
  'sdgTargets',
  'dataPoints',
] as const;

export const provenanceMapSchema = z.record(z.enum(provenanceFields), provenanceSchema);

export const directionSchema = z.enum(['higher', 'lower', 'target']);
export const tierSchema = z.enum(['core', 'advanced']);
export const kpiTypeSchema = z.enum(['smart', 'structural', 'sustainable']);

export const profileFieldIdSchema = z.enum([
  'referenceYear',
  'population',
  'households',
  'landAreaKm2',
  'gdp',
  'municipalExpenditure',
  'currency',
]);

export const inputIdSchema = z.enum(['numerator', 'denominator', 'value']);

export const inputSchema = z.object({
  id: inputIdSchema,
  labelEn: z.string().min(1),
  labelZh: z.string().min(1),
  unit: z.string().min(1),
});

/** An operand is either a value typed on the data point's row or a field of the city profile. */
export const operandSchema = z.union([
  z.object({ input: inputIdSchema }).strict(),
  z.object({ profile: profileFieldIdSchema }).strict(),
]);

export const computationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ratio'),
    numerator: operandSchema,
    denominator: operandSchema,
    scale: z.number().positive(),
  }),
  z.object({ kind: z.literal('direct'), input: inputIdSchema }),
  z.object({ kind: z.literal('yesNo'), input: inputIdSchema }),
]);

/** A data point's id: its KPI's id, with a suffix when the KPI has several (`SC.HE.HE.2C.doctors`). */
export const dataPointIdSchema = z
  .string()
  .max(64)
  .regex(/^(EC|EN|SC)\.[A-Z]+\.[A-Z]+\.\d+[CA](\.[A-Za-z0-9]+)?$/);

export const dataPointSchema = z
  .object({
    id: dataPointIdSchema,
    kpiId: z.string(),
    labelEn: z.string().min(1),
    labelZh: z.string().min(1),
    unit: z.string().min(1),
    direction: directionSchema,
    inputs: z.array(inputSchema),
    computation: computationSchema,
  })
  .superRefine((point, ctx) => {
    const declared = new Set(point.inputs.map((input) => input.id));
    for (const operand of operandsOf(point.computation)) {
      if ('input' in operand && !declared.has(operand.input)) {
        ctx.addIssue({
          code: 'custom',
          message: `${point.id}: computation uses undeclared input ${operand.input}`,
        });
      }
    }
  });

const taxonomyNodeSchema = z.object({
  code: z.string().min(1),
  nameEn: z.string().min(1),
  nameZh: z.string().min(1),
});

/** A KPI's dotted id, e.g. `EC.ICT.ICT.1C`. */
export const kpiIdSchema = z
  .string()
  .max(32)
  .regex(/^(EC|EN|SC)\.[A-Z]+\.[A-Z]+\.\d+[CA]$/);

export const kpiSchema = z.object({
  id: kpiIdSchema,
  code: z.string().regex(/^(EC|EN|SC): [A-Z]+: [A-Z]+: \d+[CA]$/),
  nameEn: z.string().min(1),
  nameZh: z.string().min(1),
  dimension: taxonomyNodeSchema,
  subDimension: taxonomyNodeSchema,
  category: taxonomyNodeSchema,
  tier: tierSchema,
  type: kpiTypeSchema,
  unit: z.string().min(1),
  direction: directionSchema,
  sdgTargets: z.array(z.string().regex(/^\d{1,2}\.[0-9a-z]+(\.\d+)?$/)),
  dataPoints: z.array(dataPointSchema).min(1),
  provenance: provenanceMapSchema,
});

export const profileFieldSchema = z.object({
  id: profileFieldIdSchema,
  labelEn: z.string().min(1),
  labelZh: z.string().min(1),
  unit: z.string().min(1),
  valueType: z.enum(['number', 'year', 'text']),
});

export const catalogueDataSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    cityProfile: z.array(profileFieldSchema),
    kpis: z.array(kpiSchema),
  })
  .superRefine((data, ctx) => {
    const kpiIds = new Set(data.kpis.map((kpi) => kpi.id));
    const points = data.kpis.flatMap((kpi) => kpi.dataPoints);
    for (const id of duplicates(data.kpis.map((kpi) => kpi.id)))
      ctx.addIssue({ code: 'custom', message: `duplicate KPI id ${id}` });
    for (const id of duplicates(points.map((p) => p.id)))
      ctx.addIssue({ code: 'custom', message: `duplicate data point id ${id}` });
    for (const point of points) {
      if (!kpiIds.has(point.kpiId))
        ctx.addIssue({ code: 'custom', message: `${point.id}: unknown KPI ${point.kpiId}` });
    }
    const profileIds = new Set(data.cityProfile.map((field) => field.id));
    for (const point of points) {
      for (const operand of operandsOf(point.computation)) {
        if ('profile' in operand && !profileIds.has(operand.profile)) {
          ctx.addIssue({ code: 'custom', message: `${point.id}: city profile lacks ${operand.profile}` });
        }
      }
    }
  });

export type Provenance = z.infer<typeof provenanceSchema>;
export type ProvenanceField = (typeof provenanceFields)[number];
export type ProvenanceMap = z.infer<typeof provenanceMapSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type KpiType = z.infer<typeof kpiTypeSchema>;
export type ProfileFieldId = z.infer<typeof profileFieldIdSchema>;
export type InputId = z.infer<typeof inputIdSchema>;
export type Input = z.infer<typeof inputSchema>;
export type Operand = z.infer<typeof operandSchema>;
export type Computation = z.infer<typeof computationSchema>;
export type DataPoint = z.infer<typeof dataPointSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type ProfileField = z.infer<typeof profileFieldSchema>;
export type CatalogueData = z.infer<typeof catalogueDataSchema>;

/** The operands a computation reads, in evaluation order. */
export function operandsOf(computation: Computation): Operand[] {
  if (computation.kind === 'ratio') return [computation.numerator, computation.denominator];
  return [{ input: computation.input }];
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}
