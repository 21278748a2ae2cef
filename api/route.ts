// One route of the HTTP API as data: method, path, the schemas of its parameters, body and response, and the use case
// it calls. The router mounts these and the OpenAPI document is generated from the very same entries.
import type { Context, Hono } from 'hono';
import * as z from 'zod';
import type { Actor } from '../core/actors.ts';
import { InvalidRequestError } from '../core/errors.ts';
import type { CoreDeps } from '../core/use-cases/deps.ts';

export type ApiEnv = { Variables: { actor: Actor } };

export interface RouteInput<P, Q> {
  deps: CoreDeps;
  /** Absent only on public routes. */
  actor: Actor;
  params: P;
  query: Q;
  /** The parsed JSON body, unchecked: the use case checks it after authorization, so 403 comes before 400. */
  body: unknown;
}

export interface Route<P = Record<string, string>, Q = Record<string, unknown>> {
  method: 'get' | 'post';
  /** Under the API base path, in Hono's syntax: `/pilots/:id`. */
  path: string;
  summary: string;
  tag: 'public' | 'pilots' | 'decisions' | 'uploads' | 'programme';
  /** Answers without sign-in; such paths must be listed in public-routes.ts for the JWT authorizer. */
  public?: boolean;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** The schema the use case checks the body with; documented here, checked there. */
  body?: z.ZodType;
  response: z.ZodType;
  status?: 200 | 201;
  handle(input: RouteInput<P, Q>): Promise<unknown>;
}

/** Keeps one route's parameter types tied to its handler, then forgets them for the table. */
export function route<P, Q>(definition: Route<P, Q>): Route {
  return definition as unknown as Route;
}

function parsed<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return {} as T;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InvalidRequestError(`Invalid ${where}`, {
      issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return result.data;
}

/** The JSON body as an object; an empty body is an empty object. */
async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  return JSON.parse(text) as unknown;
}

export function mountRoute(app: Hono<ApiEnv>, deps: CoreDeps, spec: Route): void {
  app.on(spec.method.toUpperCase(), spec.path, async (c: Context<ApiEnv>) => {
    const params = parsed(spec.params, c.req.param(), 'path');
    const query = parsed(spec.query, c.req.query(), 'query');
    const body = spec.method === 'post' ? await jsonBody(c.req.raw) : undefined;
    const result = await spec.handle({ deps, actor: c.get('actor'), params, query, body });
    return c.json(result as object, spec.status ?? 200);
  });
}

/**
 * Ids the system mints (`p…`, `q…`, `u…`, `e…`) are a letter, then letters and digits; hyphens are let through so a
 * well-meant guess gets "not found" rather than a lecture. Anything longer or stranger is refused before storage.
 */
export const idParam = z
  .string()
  .max(64, 'An id has at most 64 characters')
  .regex(/^[a-z][a-z0-9-]*$/, 'An id is a lowercase letter followed by letters, digits and hyphens');
export const positiveIntParam = z.coerce.number().int().positive();
