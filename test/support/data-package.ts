// Checks a Frictionless Data Package (v1, tabular) and its CSV tables: the descriptor's required properties, each
// resource's table schema, and every row against it (header, types, required fields, missing values, primary key).
import * as z from 'zod';

const fieldSchema = z.object({
  name: z.string().min(1),
  type: z.enum(['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'year', 'any']),
  description: z.string().optional(),
  constraints: z.object({ required: z.boolean().optional() }).optional(),
});

const resourceSchema = z.object({
  name: z.string().regex(/^[a-z0-9._-]+$/, 'resource names are lower-case, digits, . _ -'),
  path: z
    .string()
    .refine((p) => !p.startsWith('/') && !p.includes('..'), 'paths are relative and stay inside'),
  profile: z.literal('tabular-data-resource'),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  schema: z.object({
    fields: z.array(fieldSchema).min(1),
    primaryKey: z.array(z.string()).min(1),
    missingValues: z.array(z.string()),
  }),
});

export const dataPackageSchema = z.object({
  profile: z.literal('tabular-data-package'),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string().min(1),
  licenses: z
    .array(z.object({ name: z.string().min(1), path: z.url(), title: z.string().optional() }))
    .min(1),
  resources: z.array(resourceSchema).min(1),
});
export type CheckedDataPackage = z.infer<typeof dataPackageSchema>;

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) throw new Error('the last row is not ended by CRLF');
  return rows;
}

const typeChecks: Record<string, (v: string) => boolean> = {
  string: () => true,
  number: (v) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v),
  integer: (v) => /^-?\d+$/.test(v),
};

/** Every problem with one table against its resource's schema; an empty list when it conforms. */
export function tableProblems(resource: CheckedDataPackage['resources'][number], csv: string): string[] {
  const problems: string[] = [];
  const [header, ...rows] = parseCsv(csv);
  const { fields, primaryKey, missingValues } = resource.schema;
  if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name)))
    problems.push(`${resource.name}: header ${header?.join(',')} differs from the schema's fields`);
  const keys = new Set<string>();
  rows.forEach((row, r) => {
    if (row.length !== fields.length) problems.push(`${resource.name} row ${r + 1}: ${row.length} cells`);
    fields.forEach((f, i) => {
      const value = row[i] ?? '';
      if (missingValues.includes(value)) {
        if (f.constraints?.required) problems.push(`${resource.name} row ${r + 1}: ${f.name} is required`);
      } else if (!(typeChecks[f.type] ?? (() => false))(value))
        problems.push(`${resource.name} row ${r + 1}: ${f.name} "${value}" is not ${f.type}`);
    });
    const key = JSON.stringify(primaryKey.map((k) => row[fields.findIndex((f) => f.name === k)]));
    if (keys.has(key)) problems.push(`${resource.name} row ${r + 1}: primary key ${key} repeats`);
    keys.add(key);
  });
  for (const k of primaryKey)
    if (!fields.some((f) => f.name === k)) problems.push(`${resource.name}: primary key ${k} is not a field`);
  return problems;
}
