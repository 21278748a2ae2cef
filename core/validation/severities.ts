// The consistency checks' severities as the programme sets them: a versioned table the secretariat publishes, and
// the findings of one validation adjusted to it (a check raised to an error blocks the upload; one turned off is silent).
import * as z from 'zod';
import type { Finding } from './results.ts';
import { consistencyRelations } from './rules/consistency-relations.ts';

/** The checks whose severity the programme may set: the consistency guidance between data points, once each. */
export const configurableChecks = consistencyRelations
  .filter((relation, i) => consistencyRelations.findIndex((r) => r.id === relation.id) === i)
  .map(({ id, title, provenance, source }) => ({
    rule: id,
    title,
    provenance,
    ...(source ? { source } : {}),
  }));
export const configurableRules = configurableChecks.map((check) => check.rule);

export const configurableCheckSchema = z.object({
  rule: z.string(),
  title: z.object({ en: z.string(), zh: z.string() }),
  provenance: z.enum(['official', 'derived', 'project']),
  source: z.string().optional(),
});
export type ConfigurableCheck = z.infer<typeof configurableCheckSchema>;

export const configurableSeveritySchema = z.enum(['warning', 'error', 'off']);
export type ConfigurableSeverity = z.infer<typeof configurableSeveritySchema>;

const severityEntrySchema = z.strictObject({
  rule: z
    .string()
    .refine((rule) => configurableRules.includes(rule), 'Not a check whose severity can be set'),
  severity: configurableSeveritySchema,
});

export const validationSeveritiesSchema = z.strictObject({
  version: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  note: z.string().trim().max(2000).optional(),
  /** Checks not listed keep their shipped severity, a warning. */
  severities: z
    .array(severityEntrySchema)
    .max(configurableRules.length)
    .refine(
      (entries) => new Set(entries.map((e) => e.rule)).size === entries.length,
      'A check is listed twice',
    ),
});
export type ValidationSeverities = z.infer<typeof validationSeveritiesSchema>;

export const validationSeveritiesRequestSchema = validationSeveritiesSchema.pick({
  severities: true,
  note: true,
});

export const defaultValidationSeverities: ValidationSeverities = {
  version: 1,
  createdAt: '2026-12-01T00:00:00.000Z',
  createdBy: 'system',
  note: 'Shipped defaults: every consistency check is a warning',
  severities: [],
};

/** The findings as the programme's severities make them; other rules' findings are left as they are. */
export function applySeverities(
  findings: readonly Finding[],
  table: Pick<ValidationSeverities, 'severities'>,
) {
  const set = new Map(table.severities.map((entry) => [entry.rule, entry.severity]));
  return findings.flatMap((finding): Finding[] => {
    const severity = set.get(finding.rule);
    if (!severity) return [finding];
    return severity === 'off' ? [] : [{ ...finding, severity }];
  });
}
