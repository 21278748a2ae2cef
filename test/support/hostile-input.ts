// Hostile input for the API fuzz test: fast-check arbitraries for path and query values and for request bodies, read
// from an operation's OpenAPI description. Every body carries at least one violation of its schema, so none is valid.
import fc from 'fast-check';
import { MAX_JSON_BODY_BYTES } from '../../api/body.ts';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  $ref?: string;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
const jsonTypes: readonly JsonType[] = ['string', 'number', 'boolean', 'null', 'array', 'object'];

/** Bodies near and over the API's limit are part of the hostile input. */
const BODY_LIMIT = MAX_JSON_BODY_BYTES;

/** Follows `#/components/schemas/…` references of the document the schemas come from. */
export type Resolve = (schema: JsonSchema) => JsonSchema;

export function resolverOf(components: Record<string, JsonSchema>): Resolve {
  return (schema) => (schema.$ref ? (components[schema.$ref.split('/').at(-1) ?? ''] ?? {}) : schema);
}

const repeatTo = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The value once in `odds` runs, null otherwise. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>, odds: number) =>
  fc.oneof({ weight: odds - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** Strings an attacker or a broken client sends: empty, control and direction characters, traversal, long. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '%00',
    '../',
    '..\\..\\',
    '../../etc/passwd',
    '\ud800',
    '\u202eevil',
    '\ufeff',
    '\r\n',
    'null',
    '__proto__',
    "' OR '1'='1",
    '<script>alert(1)</script>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as typed
    '${7*7}',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.integer({ min: 65, max: 3_000 }))
    .map(([unit, length]) => repeatTo(unit, length)),
);

/** Numbers as text where an id or a version is expected, including ones JSON and JavaScript disagree about. */
const numberText = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom('0', '-1', '1.5', '1e3', '0x10', 'NaN', 'Infinity', '99999999999999999999', '1e400'),
);

/** A value in a URL: encoded byte by byte, or (for a few) as typed, so the router sees raw `%`, `..` and `/`. */
function percentEncode(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9_.~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}
const rawUrlText = fc.constantFrom(
  '..',
  '.',
  '%',
  '%ZZ',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%2F',
  '%2e%2e',
  '%00',
  '//',
);

/** One path or query value: hostile text, numbers, long runs, or a real id of the fixture (so reads can succeed). */
export function urlValue(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: hostileString.map(percentEncode) },
    { weight: 2, arbitrary: fc.constantFrom(...real).map(percentEncode) },
    { weight: 1, arbitrary: numberText.map(percentEncode) },
    { weight: 1, arbitrary: fc.integer({ min: 65, max: 10_000 }).map((n) => 'a'.repeat(n)) },
    { weight: 1, arbitrary: rawUrlText },
  );
}

/** The query string of an operation: documented parameters absent, once or repeated, and sometimes one it lacks. */
export function queryString(names: readonly string[], value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const parameter = (name: string) =>
    fc.array(value, { maxLength: 3 }).map((values) => values.map((v) => `${encodeURIComponent(name)}=${v}`));
  const extra = rarely(fc.tuple(hostileString, value), 6);
  return fc.tuple(fc.tuple(...names.map(parameter)), extra).map(([documented, unknown]) => {
    const pairs = [...documented.flat(), ...(unknown ? [`${percentEncode(unknown[0])}=${unknown[1]}`] : [])];
    return pairs.length ? `?${pairs.join('&')}` : '';
  });
}

/** The JSON types a schema accepts; all of them when it does not say. */
function acceptedTypes(schema: JsonSchema, resolve: Resolve): Set<JsonType> {
  const s = resolve(schema);
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return new Set(variants.flatMap((v) => [...acceptedTypes(v, resolve)]));
  if (s.const !== undefined) return new Set([typeOf(s.const)]);
  if (s.enum) return new Set(s.enum.map(typeOf));
  if (!s.type) return new Set(jsonTypes);
  return new Set([s.type].flat().map((t) => (t === 'integer' ? 'number' : (t as JsonType))));
}

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonType;
}

/** Nesting as text, deeper than any parser built on recursion survives (JSON.parse is not one). */
const depth = fc.integer({ min: 2, max: 50_000 });
const deepArray = depth.map((d) => `${'['.repeat(d)}${']'.repeat(d)}`);
const deepObject = depth.map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`);

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A JSON value, as text, of the given type. */
function valueOfType(type: JsonType): fc.Arbitrary<string> {
  switch (type) {
    case 'string':
      return hostileString.map((s) => JSON.stringify(s));
    case 'number':
      return numberText.filter(isJson);
    case 'boolean':
      return fc.constantFrom('true', 'false');
    case 'null':
      return fc.constant('null');
    case 'array':
      return fc.oneof(fc.constantFrom('[]', '["accept"]', '[1,"1",null]', '[{}]'), deepArray);
    case 'object':
      return fc.oneof(fc.constantFrom('{}', '{"0":1}', '{"__proto__":{"polluted":true}}'), deepObject);
  }
}

/** A value whose JSON type the schema does not accept, or undefined when it accepts every type. */
function wrongValue(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<string> | undefined {
  const accepted = acceptedTypes(schema, resolve);
  const wrong = jsonTypes.filter((t) => !accepted.has(t));
  return wrong.length ? fc.oneof(...wrong.map(valueOfType)) : undefined;
}

/** A string the schema's own rules accept (its pattern, format and length), as far as they can be read. */
function validString(s: JsonSchema): fc.Arbitrary<string> {
  const maxLength = Math.min(s.maxLength ?? 60, 60);
  const minLength = Math.min(s.minLength ?? 0, maxLength);
  if (s.pattern)
    return fc.stringMatching(new RegExp(s.pattern)).filter((t) => t.length <= (s.maxLength ?? 200));
  if (s.format === 'date-time')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (s.format === 'date')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'email') return fc.emailAddress().filter((e) => e.length <= 254);
  return fc
    .string({ unit: 'grapheme-ascii', minLength: Math.max(minLength, 1), maxLength })
    .filter((t) => t.trim().length >= minLength);
}

/**
 * A value near what the schema wants, mostly one its rules accept, so that the body's one violation is often the only
 * thing wrong with it; sometimes a right-typed hostile value, to reach the rules beyond the type.
 */
function plausibleValue(schema: JsonSchema, resolve: Resolve, depth = 0): fc.Arbitrary<string> {
  const s = resolve(schema);
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => plausibleValue(v, resolve, depth)));
  if (s.const !== undefined) return fc.constant(JSON.stringify(s.const));
  if (s.enum) return fc.constantFrom(...s.enum.map((v) => JSON.stringify(v)));
  const [type] = [...acceptedTypes(s, resolve)];
  if (type === 'array' && s.items && depth < 3)
    return fc
      .array(plausibleValue(s.items, resolve, depth + 1), {
        minLength: Math.min(s.minItems ?? 0, 3),
        maxLength: Math.max(Math.min(s.maxItems ?? 3, 3), Math.min(s.minItems ?? 0, 3)),
      })
      .map((items) => `[${items.join(',')}]`);
  if (type === 'object' && s.properties && depth < 3) return objectText(entriesOf(s, resolve, depth + 1));
  const valid =
    type === 'string'
      ? validString(s).map((t) => JSON.stringify(t))
      : type === 'number'
        ? fc.integer({ min: Math.ceil(s.minimum ?? 1), max: Math.floor(s.maximum ?? 1000) }).map(String)
        : valueOfType(type ?? 'string');
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: valueOfType(type ?? 'string') });
}

type Entry = [key: string, valueText: string];
const objectText = (entries: fc.Arbitrary<Entry[]>) =>
  entries.map((list) => `{${list.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);

/** A schema's documented fields, mostly every required one and some others, each with a plausible value. */
function entriesOf(schema: JsonSchema, resolve: Resolve, depth: number): fc.Arbitrary<Entry[]> {
  const s = resolve(schema);
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => entriesOf(v, resolve, depth)));
  const fields = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  const complete = fc
    .subarray(fields.filter(([name]) => !required.has(name)))
    .map((optional) => [...fields.filter(([name]) => required.has(name)), ...optional]);
  const chosenFields = fc.oneof(
    { weight: 3, arbitrary: complete },
    { weight: 1, arbitrary: fc.subarray(fields) },
  );
  return chosenFields.chain((chosen) =>
    fc.tuple(
      ...chosen.map(([name, field]) => plausibleValue(field, resolve, depth).map((v): Entry => [name, v])),
    ),
  );
}

/** Every field a body may have, across the variants of a choice. */
function fieldsOf(schema: JsonSchema, resolve: Resolve): Map<string, JsonSchema[]> {
  const s = resolve(schema);
  const fields = new Map<string, JsonSchema[]>();
  for (const variant of s.anyOf ?? s.oneOf ?? [s])
    for (const [name, field] of Object.entries(resolve(variant).properties ?? {}))
      fields.set(name, [...(fields.get(name) ?? []), field]);
  return fields;
}

/** A field the body does not document, among them keys that pollute prototypes or name server-owned facts. */
const unknownKey = (documented: ReadonlySet<string>) =>
  fc
    .oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'datasetHash',
        'version',
        'createdBy',
        'queryId',
        'pilotId',
        'actor',
        '',
      ),
      hostileString,
    )
    .filter((key) => !documented.has(key));

/**
 * The one violation every object body carries, placed last so a duplicate key cannot undo it: a documented field
 * given a value of a type no variant accepts, or a field no variant documents (refused because bodies are strict).
 */
function poisonEntry(schema: JsonSchema | undefined, resolve: Resolve): fc.Arbitrary<Entry> {
  const fields = schema ? fieldsOf(schema, resolve) : new Map<string, JsonSchema[]>();
  const wrongTyped = [...fields].flatMap(([name, variants]) => {
    const wrong = wrongValue({ anyOf: variants }, resolve);
    return wrong ? [wrong.map((v): Entry => [name, v])] : [];
  });
  const unknown = fc
    .tuple(unknownKey(new Set(fields.keys())), fc.oneof(...jsonTypes.map(valueOfType)))
    .map((entry): Entry => entry);
  return wrongTyped.length ? fc.oneof(unknown, ...wrongTyped) : unknown;
}

/** A long string in a documented field, so the body approaches or passes the 1 MB limit. */
const hugeValue = fc
  .tuple(fc.constantFrom('x', 'é', '字', '\\u0000'), fc.integer({ min: 20_000, max: 180_000 }))
  .map(([unit, length]) => `"${unit.repeat(length)}"`);

/**
 * A request body as text, never a valid one: an object with some documented fields and one violation, JSON that is
 * not an object, text that is not JSON, or a body over the limit. Never empty: an empty body is valid where a
 * route takes none.
 */
export function hostileBody(schema: JsonSchema | undefined, resolve: Resolve): fc.Arbitrary<string> {
  const base = schema ? entriesOf(schema, resolve, 0) : fc.constant<Entry[]>([]);
  const documented = [...(schema ? fieldsOf(schema, resolve).keys() : [])];
  const huge: fc.Arbitrary<Entry[]> = documented.length
    ? fc.tuple(fc.constantFrom(...documented), hugeValue).map((entry) => [entry])
    : fc.constant([]);
  const poisoned = objectText(
    fc
      .tuple(base, rarely(huge, 8), poisonEntry(schema, resolve))
      .map(([entries, long, poison]) => [...entries, ...(long ?? []), poison]),
  );
  const notAnObject = fc.oneof(
    fc.constantFrom('null', 'true', '0', '"{}"', '[]'),
    poisoned.map((object) => `[${object}]`),
    valueOfType('string'),
  );
  const notJson = fc.constantFrom(
    '{',
    '{"a":1,}',
    "{'a':1}",
    'undefined',
    'NaN',
    '{"a":01}',
    '{"a":"\u0000"}',
    'decision=accept',
    '<xml/>',
  );
  const overLimit = fc
    .integer({ min: BODY_LIMIT + 1, max: BODY_LIMIT + 4096 })
    .map((length) => `{"a":"${'x'.repeat(length)}"}`);
  return fc.oneof(
    { weight: 8, arbitrary: poisoned },
    { weight: 2, arbitrary: notAnObject },
    { weight: 1, arbitrary: notJson },
    { weight: 1, arbitrary: overLimit },
  );
}
