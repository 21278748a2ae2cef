// Property-based fuzz test of the whole HTTP API: every operation of the served OpenAPI document, called as every
// role with hostile path, query and body input, answers below 500 (a JSON error for 4xx) and changes no stored data.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSchema } from '../../api/responses.ts';
import { apiRoutes } from '../../api/routes/index.ts';
import { type ApiFixture, type Role, startApiFixture, storedState } from '../support/api-fixture.ts';
import { hostileBody, type JsonSchema, queryString, resolverOf, urlValue } from '../support/hostile-input.ts';

/** Fixed, so a run is repeatable; a failure prints the seed and path that replay it (API_FUZZ_SEED to change it). */
const SEED = Number(process.env.API_FUZZ_SEED ?? 20_261_201);
/**
 * Runs per POST operation (a GET gets half: it has no body to vary). 24 POSTs and 21 GETs at these numbers keep the
 * file near a minute on a loaded two-core machine.
 */
const RUNS = Number(process.env.API_FUZZ_RUNS ?? 44);
const runsOf = (method: string) => (method === 'post' ? RUNS : Math.ceil(RUNS / 2));
/** Node's server answers 431, without the API, to a request head over 16 KB; longer URLs test Node, not the API. */
const MAX_URL_LENGTH = 14_000;

/** The three who may act on the pilot count three times, so more bodies get past authorization to their schema. */
const roleWeights: Record<Role, number> = {
  secretariat: 3,
  cityOwn: 3,
  verifierAssigned: 3,
  cityOther: 1,
  verifierOther: 1,
  anonymous: 1,
};
const weightedRole = fc.oneof(
  ...Object.entries(roleWeights).map(([role, weight]) => ({ weight, arbitrary: fc.constant(role as Role) })),
);

interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema?: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

let fixture: ApiFixture;
let document: OpenApi;

beforeAll(async () => {
  console.info(`api-fuzz: seed ${SEED}, ${RUNS} runs per POST, half per GET (API_FUZZ_SEED, API_FUZZ_RUNS)`);
  fixture = await startApiFixture();
  document = (await (await fetch(`${fixture.runtime.urls.api}/openapi.json`)).json()) as OpenApi;
});
afterAll(async () => {
  await fixture.runtime.stop();
});

/** The fixture's value for each path parameter, so that most requests get past the path into the use cases. */
function realParameters(): Record<string, string> {
  const { pilot, queryId } = fixture;
  return {
    id: pilot.pilotId,
    queryId,
    uploadId: pilot.submissions[0]?.uploadId ?? 'u1',
    version: '1',
    number: 'U4SSC-2026-AURORA',
    document: 'report',
    pilot: pilot.pilotId,
    caseStudy: '1',
  };
}

/** Real ids and values of the fixture, for any parameter (an id where a version is expected, and so on). */
const realValues = () => [
  ...Object.values(realParameters()),
  fixture.pilot.documents[0]?.key ?? 'letters/x.pdf',
  'aurora',
  'verifier',
];

interface HostileRequest {
  role: Role;
  url: string;
  body?: string;
}

/** A request as a failure names it, shortened: bodies reach a megabyte. */
function summary(method: string, request: HostileRequest): string {
  const cut = (text: string) =>
    text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
  return `${request.role} ${method.toUpperCase()} ${cut(request.url)} ${request.body === undefined ? '' : cut(request.body)}`;
}

/**
 * Requests for one operation. POST bodies come from hostileBody, which never yields a valid body (each carries a
 * wrong-typed documented field, an undocumented field, non-object JSON, invalid JSON or too many bytes), so no
 * role, not even one that may act, can make a fuzzed request change the pilot.
 */
function requests(path: string, method: string, operation: Operation): fc.Arbitrary<HostileRequest> {
  const resolve = resolverOf(document.components?.schemas ?? {});
  const parameters = operation.parameters ?? [];
  const valuesOf = (p: Parameter) => [...realValues(), ...((p.schema?.enum as string[] | undefined) ?? [])];
  const pathParameters = parameters.filter((p) => p.in === 'path');
  const queryParameters = parameters.filter((p) => p.in === 'query');
  const real = realParameters();
  const pathValues = fc.oneof(
    { weight: 3, arbitrary: fc.constant(pathParameters.map((p) => real[p.name] ?? fixture.pilot.pilotId)) },
    { weight: 2, arbitrary: fc.tuple(...pathParameters.map((p) => urlValue(valuesOf(p)))) },
  );
  const query = queryString(
    queryParameters.map((p) => p.name),
    fc.oneof(...queryParameters.map((p) => urlValue(valuesOf(p))), urlValue(realValues())),
  );
  const body =
    method === 'post'
      ? hostileBody(operation.requestBody?.content['application/json'].schema, resolve)
      : fc.constant(undefined);
  return fc
    .record({ role: weightedRole, values: pathValues, query, body })
    .map(({ role, values, query: search, body: text }) => {
      const url =
        pathParameters.reduce((u, p, i) => u.replace(`{${p.name}}`, values[i] ?? ''), path) + search;
      return { role, url, body: text, [fc.toStringMethod]: () => summary(method, { role, url, body: text }) };
    })
    .filter((request) => request.url.length <= MAX_URL_LENGTH);
}

/** What every answer must be: below 500, JSON, an error body for 4xx, and a refusal for every (hostile) POST. */
async function checkAnswer(method: string, request: HostileRequest): Promise<void> {
  const response = await fixture.send(request.role, method.toUpperCase(), request.url, request.body);
  const text = await response.text();
  const what = summary(method, request);
  if (response.status >= 500) throw new Error(`${response.status} for ${what}: ${text.slice(0, 500)}`);
  if (method === 'post' && response.status < 400)
    throw new Error(`A hostile body was accepted (${response.status}): ${what}`);
  const json = JSON.parse(text) as unknown;
  if (response.status >= 400 && !errorSchema.safeParse(json).success)
    throw new Error(`${response.status} without an error body for ${what}: ${text.slice(0, 500)}`);
}

const openApiPath = (path: string) => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

describe('the HTTP API under hostile input', () => {
  it('serves an OpenAPI document that lists every route of the table, so each is fuzzed below', () => {
    const served = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );

    expect(served.sort()).toEqual(apiRoutes.map((r) => `${r.method} ${openApiPath(r.path)}`).sort());
  });

  apiRoutes.forEach((route, index) => {
    const path = openApiPath(route.path);
    it(`${route.method.toUpperCase()} ${path}: below 500, JSON errors, nothing stored`, async () => {
      const operation = document.paths[path]?.[route.method];
      if (!operation) throw new Error(`The served document lacks ${route.method} ${path}`);
      // Around each operation's batch rather than each request: a request that wrote would already fail its run (no
      // hostile POST may succeed), so this only has to catch a write behind a refusal, and four reads per request
      // would multiply the file's time.
      const before = await storedState(fixture);

      await fc.assert(
        fc.asyncProperty(requests(path, route.method, operation), (request) =>
          checkAnswer(route.method, request),
        ),
        { seed: SEED + index, numRuns: runsOf(route.method) },
      );

      expect(await storedState(fixture)).toEqual(before);
    });
  });
});
