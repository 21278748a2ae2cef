// Renders docs/api.md from the OpenAPI document: every route with who may call it, its parameters and body fields.
import { openApiDocument } from './openapi.ts';
import type { Route } from './route.ts';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  items?: Schema;
  $ref?: string;
  description?: string;
};
type Operation = {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content: { 'application/json': { schema: Schema } } };
  responses: Record<string, unknown>;
};

/** Typed by the route table's tags, so a new tag cannot leave its routes out of the document. */
const tagTitles: Record<Route['tag'], string> = {
  public: 'Public (no sign-in)',
  programme: 'Programme',
  pilots: 'Pilots: reading',
  uploads: 'Pilots: upload links',
  decisions: 'Pilots: decisions',
  index: 'Smart Sustainable Cities Index',
  notifications: 'Notification centre',
};

function typeOf(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) return schema.$ref.split('/').at(-1) ?? 'object';
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeOf).join(' \\| ');
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  return [schema.type ?? 'object'].flat().join(' \\| ');
}

/** The body's fields; a choice between bodies (a decision) lists each variant's fields under its `decision`. */
function bodyFields(schema: Schema): string[] {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.flatMap((variant) => bodyFields(variant));
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(
    ([name, field]) => `\`${name}\`${required.has(name) ? '' : '?'}: ${typeOf(field)}`,
  );
}

export function renderApiDocs(): string {
  const document = openApiDocument();
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, raw] of Object.entries(item as Record<string, Operation>)) {
      const operation = raw as Operation;
      const tag = operation.tags?.[0] ?? 'other';
      const params = (operation.parameters ?? []).map(
        (p) => `\`${p.name}\` (${p.in}${p.required ? '' : ', optional'})`,
      );
      const body = operation.requestBody?.content['application/json'].schema;
      const success = Object.keys(operation.responses).find((status) => status.startsWith('2'));
      const row = [
        `\`${method.toUpperCase()} ${path}\``,
        operation.summary ?? '',
        params.join(', ') || '—',
        body ? [...new Set(bodyFields(body))].join('; ') || '—' : '—',
        success ?? '',
      ];
      byTag.set(tag, [...(byTag.get(tag) ?? []), `| ${row.join(' | ')} |`]);
    }
  }
  const sections = Object.entries(tagTitles)
    .filter(([tag]) => byTag.has(tag))
    .map(
      ([tag, title]) =>
        `## ${title}\n\n| Route | What it does | Parameters | Body | Success |\n|---|---|---|---|---|\n${byTag.get(tag)?.join('\n')}\n`,
    );
  return `# HTTP API

Generated from the route table (\`api/routes/\`) by \`npm run docs:api\`; the same document is served as OpenAPI 3.1 at
\`GET /api/openapi.json\`. Every route except the public ones needs a bearer token (Cognito on AWS, the local issuer in
the embedded runtime). Errors answer \`{ "error": { "code", "message", "details"? } }\`: 400 invalid request, 401 no
sign-in, 403 not allowed, 404 not found, 409 not allowed in the pilot's stage, 413 body over 1 MB, 422 a file that
breaks its link's rules, 503 a dependency briefly unavailable. Path and query parameters are checked before any use
case runs: ids by pattern and length, numbers in digits, and a parameter the route does not name, or one given twice,
is refused. A body is one JSON object of at most 1 MB, checked after authorization (so a caller who may not act learns
nothing about its rules) and before the pilot's stage; it is strict: a field its schema does not name is refused, not
dropped. A field marked \`?\` is optional.

${sections.join('\n')}`;
}
