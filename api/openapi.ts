// The OpenAPI 3.1 document of the HTTP API, generated from the route table: the same zod schemas the use cases check
// requests with, and those of the responses (zod-openapi turns them into JSON Schema and shared components).
import type * as z from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { API_BASE_PATH } from './public-routes.ts';
import { errorSchema } from './responses.ts';
import type { Route } from './route.ts';
import { apiRoutes } from './routes/index.ts';

const errorContent = { content: { 'application/json': { schema: errorSchema } } };

/** The failures every route can answer with, beside its own success. */
function errorResponses(route: Route) {
  return {
    '400': { description: 'The request is malformed or breaks a rule of the body', ...errorContent },
    ...(route.public ? {} : { '401': { description: 'No valid sign-in', ...errorContent } }),
    ...(route.public ? {} : { '403': { description: 'The caller may not do this', ...errorContent } }),
    '404': { description: 'No such pilot, route or document', ...errorContent },
    ...(route.method === 'post'
      ? {
          '409': { description: "The pilot's stage or a rule does not allow it now", ...errorContent },
          '413': { description: 'The body is larger than 1 MB', ...errorContent },
          '422': { description: 'A file does not meet the rules of its link', ...errorContent },
        }
      : {}),
  };
}

function operation(route: Route): ZodOpenApiOperationObject {
  const status = String(route.status ?? 200);
  return {
    summary: route.summary,
    tags: [route.tag],
    ...(route.public ? { security: [] } : {}),
    requestParams: {
      ...(route.params ? { path: route.params as z.ZodObject } : {}),
      ...(route.query ? { query: route.query as z.ZodObject } : {}),
    },
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } }
      : {}),
    responses: {
      [status]: {
        description: 'Success',
        content: Object.fromEntries(
          (route.contentTypes ?? ['application/json']).map((type) => [type, { schema: route.response }]),
        ),
      },
      ...errorResponses(route),
    },
  };
}

/** `/pilots/:id` in OpenAPI's syntax, under the base path: `/api/pilots/{id}`. */
const openApiPath = (path: string) => API_BASE_PATH + path.replace(/:(\w+)/g, '{$1}');

export function buildOpenApiDocument(routes: readonly Route[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'U4SSC pilot workflow API',
      version: '1',
      description:
        'The lifecycle of a U4SSC KPI pilot: letter of intent, template, submissions, verification, report and certificate.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
    },
    security: [{ bearer: [] }],
    paths,
  });
}

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export function openApiDocument() {
  cached ??= buildOpenApiDocument(apiRoutes);
  return cached;
}
