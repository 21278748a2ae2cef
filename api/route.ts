// One route of the HTTP API as data: method, path, the schemas of its parameters, body and response, and the use case
// it calls. The router mounts these and the OpenAPI document is generated from the very same entries.
import type { Context, Hono } from 'hono';
import * as z from 'zod';
import type { Actor } from '../core/actors.ts';
import { InvalidRequestError } from '../core/errors.ts';
import { mintedIdSchema } from '../core/ids.ts';
import type { CoreDeps } from '../core/use-cases/deps.ts';
import { jsonBody } from './body.ts';

export type ApiEnv = { Variables: { actor: Actor } };

export interface RouteInput<P, Q> {
  deps: CoreDeps;
  /** Absent only on public routes. */
  actor: Actor;
  params: P;
  query: Q;
  /** The JSON body, an object but otherwise unchecked: the use case checks it after authorization (403 before 400). */
  body: unknown;
}

export interface Route<P = Record<string, string>, Q = Record<string, unknown>> {
  method: 'get' | 'post';
  /** Under the API base path, in Hono's syntax: `/pilots/:id`. */
  path: string;
  summary: string;
  tag: 'public' | 'pilots' | 'decisions' | 'uploads' | 'programme' | 'index' | 'notifications';
  /** Answers without sign-in; such paths must be listed in public-routes.ts for the JWT authorizer. */
  public?: boolean;
  params?: z.ZodType<P>;
  /** A strict object: a parameter it does not name is refused. Without one, the route takes no query at all. */
  query?: z.ZodType<Q>;
  /** The schema the use case checks the body with; documented here, checked there. */
  body?: z.ZodType;
  response: z.ZodType;
  status?: 200 | 201;
  /**
   * A route answering other than JSON, with the types it may answer: its handler returns the text (of the first
   * type) or a `FileAnswer`; `response` describes the body.
   */
  contentTypes?: readonly [FileType, ...FileType[]];
  handle(input: RouteInput<P, Q>): Promise<unknown>;
}

export const fileTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type FileType = (typeof fileTypes)[keyof typeof fileTypes];

/** A file a route answers with: its type, the name a browser saves it under, and its content (streamed or whole). */
export class FileAnswer {
  constructor(
    readonly contentType: FileType,
    readonly fileName: string,
    readonly body: ReadableStream<Uint8Array> | Uint8Array,
  ) {}
}

/** Keeps one route's parameter types tied to its handler, then forgets them for the table. */
export function route<P, Q>(definition: Route<P, Q>): Route {
  return definition as unknown as Route;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InvalidRequestError(`Invalid ${where}`, {
      issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return result.data;
}

const noParameters = z.strictObject({});

/** The query as the client sent it: a parameter given twice is a list, which no parameter schema accepts. */
function queryOf(c: Context<ApiEnv>): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(c.req.queries()).map(([name, values]) => [
      name,
      values.length === 1 ? values[0]! : values,
    ]),
  );
}

export function mountRoute(app: Hono<ApiEnv>, deps: CoreDeps, spec: Route): void {
  app.on(spec.method.toUpperCase(), spec.path, async (c: Context<ApiEnv>) => {
    const params = parsed(spec.params ?? noParameters, c.req.param(), 'path');
    const query = parsed(spec.query ?? noParameters, queryOf(c), 'query');
    const body = spec.method === 'post' ? await jsonBody(c.req.raw) : undefined;
    const result = await spec.handle({ deps, actor: c.get('actor'), params, query, body });
    if (result instanceof FileAnswer)
      return c.body(result.body as ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>, spec.status ?? 200, {
        'content-type':
          result.contentType === fileTypes.csv ? `${fileTypes.csv}; charset=utf-8` : result.contentType,
        'content-disposition': `attachment; filename="${result.fileName}"`,
      });
    if (spec.contentTypes)
      return c.body(result as string, spec.status ?? 200, {
        'content-type': `${spec.contentTypes[0]}; charset=utf-8`,
      });
    // Serialized here rather than by c.json so that the answer states its length: the local runtime's Lambda limit
    // check (local/lambda-limits.ts) then needs no copy of the body.
    const bytes = jsonBytes(result as object);
    return c.body(bytes as Uint8Array<ArrayBuffer>, spec.status ?? 200, {
      'content-type': 'application/json',
      'content-length': String(bytes.byteLength),
    });
  });
}

/**
 * A frozen answer is a use case's promise that the object never changes (a cached board page, a published index
 * edition), so it is serialized once however many readers it is handed to.
 */
const serializedAnswers = new WeakMap<object, Uint8Array>();

function jsonBytes(result: object): Uint8Array {
  const known = serializedAnswers.get(result);
  if (known) return known;
  const bytes = Buffer.from(JSON.stringify(result));
  if (Object.isFrozen(result)) serializedAnswers.set(result, bytes);
  return bytes;
}

/** Ids the system minted, in a path: anything longer or stranger is refused before storage. */
export const idParam = mintedIdSchema;
/** A version number in a path or query: digits only, so `0x1`, ` 1` and `1e3` are refused rather than coerced. */
export const positiveIntParam = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'A positive whole number written in at most 9 digits')
  .transform(Number);
