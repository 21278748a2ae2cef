// The programme's certification readiness rules: a versioned table the secretariat edits, its schema and defaults.
import * as z from 'zod';

/** One rule certification requires; each kind appears at most once in a table. */
export const readinessRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('reported_data_points'),
    /** Never below one: a submission that reports nothing can never be certified. */
    min: z.number().int().min(1).max(1000),
  }),
  z.strictObject({
    kind: z.literal('core_kpis_verified_per_dimension'),
    /** The share of a dimension's core KPIs that must be fully reported and verified, from 0 to 1. */
    minShare: z.number().min(0).max(1),
  }),
  z.strictObject({
    kind: z.literal('unreported_explained'),
    /** Which unreported data points need the city's reason: the core KPIs' only, or all. */
    scope: z.enum(['core', 'all']),
  }),
  z.strictObject({ kind: z.literal('no_open_query') }),
  z.strictObject({ kind: z.literal('conclusion_approved') }),
]);
export type ReadinessRule = z.infer<typeof readinessRuleSchema>;
export type ReadinessRuleKind = ReadinessRule['kind'];

/** Rules no version may drop: they are what makes a certificate mean something at all. */
export const requiredRuleKinds: readonly ReadinessRuleKind[] = [
  'reported_data_points',
  'conclusion_approved',
];

const rulesListSchema = z
  .array(readinessRuleSchema)
  .min(1)
  .max(20)
  .superRefine((rules, ctx) => {
    const kinds = rules.map((rule) => rule.kind);
    for (const kind of new Set(kinds)) {
      if (kinds.indexOf(kind) !== kinds.lastIndexOf(kind))
        ctx.addIssue({ code: 'custom', message: `The rule ${kind} is listed more than once` });
    }
    for (const kind of requiredRuleKinds) {
      if (!kinds.includes(kind))
        ctx.addIssue({ code: 'custom', message: `The rule ${kind} is required in every version` });
    }
  });

export const readinessRulesSchema = z.strictObject({
  version: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  /** Why this version was published, for the audit trail. */
  note: z.string().trim().max(2000).optional(),
  rules: rulesListSchema,
});
export type ReadinessRules = z.infer<typeof readinessRulesSchema>;

/** What the secretariat sends to publish a version; the version, time and author are the system's. */
export const readinessRulesRequestSchema = readinessRulesSchema.pick({ rules: true, note: true });

/**
 * The shipped defaults, version 1. Reasons (docs/certification-readiness.md): at least one verified data point is
 * the floor; half of each dimension's core KPIs reported and verified keeps a first-cycle city certifiable while no
 * dimension can be left empty; every unreported data point explained, as the KPI methodology asks; no query left
 * waiting on the city; and the supervisor's approval of the conclusion.
 */
export const defaultReadinessRules: ReadinessRules = {
  version: 1,
  createdAt: '2026-12-01T00:00:00.000Z',
  createdBy: 'system',
  note: 'Shipped defaults',
  rules: [
    { kind: 'reported_data_points', min: 1 },
    { kind: 'core_kpis_verified_per_dimension', minShare: 0.5 },
    { kind: 'unreported_explained', scope: 'all' },
    { kind: 'no_open_query' },
    { kind: 'conclusion_approved' },
  ],
};
