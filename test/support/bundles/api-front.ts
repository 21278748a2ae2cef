// API Gateway's HTTP API in front of the api bundle: a bearer token of the local identity is verified as the JWT
// authorizer verifies Cognito's, the request becomes a payload 2.0 event carrying its claims, the answer HTTP again.
// It also serves the local identity's sign-in, which stands in for Cognito's hosted pages.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod';
import { API_BASE_PATH, publicGatewayPaths } from '../../../api/public-routes.ts';
import type { LocalIdentity } from '../../../local/identity.ts';
import type { Invocation } from './lambda-host.ts';

/** The routes as CDK declares them: the public ones without an authorizer, everything else behind the JWT one. */
const publicRoutes = publicGatewayPaths.map((path) => ({
  routeKey: `GET ${path}`,
  pattern: new RegExp(`^${path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
}));
const AUTHORIZED_ROUTE = `ANY ${API_BASE_PATH}/{proxy+}`;

const lambdaResponseSchema = z.object({
  statusCode: z.number().int(),
  headers: z.record(z.string(), z.string()).default({}),
  cookies: z.array(z.string()).default([]),
  body: z.string().default(''),
  isBase64Encoded: z.boolean().default(false),
});

const signInSchema = z.object({ username: z.string(), password: z.string() });

/** API Gateway hands the authorizer's claims to the function as strings; a list becomes "[a b]". */
function claimStrings(claims: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(claims).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? `[${value.join(' ')}]`
        : typeof value === 'string'
          ? value
          : JSON.stringify(value),
    ]),
  );
}

/** Bodies of these types reach the function as text; any other body base64-encoded. */
const TEXT_TYPES = /^(text\/|application\/(json|xml|x-www-form-urlencoded)|[^;]*\+json)/;

function gatewayTime(date: Date): string {
  const [, day, month, year, time] = date.toUTCString().replace(',', '').split(' ');
  return `${day}/${month}/${year}:${time} +0000`;
}

interface Route {
  routeKey: string;
  pathParameters: Record<string, string>;
  authorized: boolean;
}

function routeOf(method: string, path: string): Route | undefined {
  for (const route of publicRoutes) {
    const match = method === 'GET' ? route.pattern.exec(path) : null;
    if (match) return { routeKey: route.routeKey, pathParameters: { ...match.groups }, authorized: false };
  }
  const prefix = `${API_BASE_PATH}/`;
  if (path.startsWith(prefix) && path.length > prefix.length)
    return {
      routeKey: AUTHORIZED_ROUTE,
      pathParameters: { proxy: path.slice(prefix.length) },
      authorized: true,
    };
  return undefined;
}

function readAll(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

/** The payload 2.0 event API Gateway builds for a request on a route. */
function gatewayEvent(
  request: IncomingMessage,
  body: Buffer,
  route: Route,
  claims: Record<string, string> | undefined,
) {
  const url = new URL(request.url ?? '/', 'http://front');
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, [value ?? ''].flat().join(',')]),
  );
  const query = [...url.searchParams.keys()].map((name) => [name, url.searchParams.getAll(name).join(',')]);
  const contentType = headers['content-type'] ?? '';
  const text = TEXT_TYPES.test(contentType);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(headers.cookie ? { cookies: headers.cookie.split('; ') } : {}),
    headers,
    ...(query.length ? { queryStringParameters: Object.fromEntries(query) } : {}),
    ...(Object.keys(route.pathParameters).length ? { pathParameters: route.pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      ...(claims ? { authorizer: { jwt: { claims, scopes: null } } } : {}),
      domainName: headers.host ?? '',
      domainPrefix: (headers.host ?? '').split('.')[0],
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: route.routeKey,
      stage: '$default',
      time: gatewayTime(now),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: text ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !text,
  };
}

const json = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

export interface ApiFrontConfig {
  host: string;
  port: number;
  identity: LocalIdentity;
  /** Invokes the api function. */
  invoke: (event: unknown) => Promise<Invocation>;
}

export interface ApiFront {
  url: string;
  stop(): Promise<void>;
}

async function handle(config: ApiFrontConfig, request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? '/', 'http://front').pathname;
  const body = await readAll(request);
  if (request.method === 'POST' && path === '/local-auth/token') {
    const credentials = signInSchema.safeParse(JSON.parse(body.toString('utf8') || '{}'));
    try {
      if (!credentials.success) throw new Error('Give a username and a password');
      const { username, password } = credentials.data;
      return json(response, 200, { token: await config.identity.signIn(username, password) });
    } catch (error) {
      return json(response, 401, { error: { code: 'unauthenticated', message: (error as Error).message } });
    }
  }
  const route = routeOf(request.method ?? 'GET', path);
  if (!route) return json(response, 404, { message: 'Not Found' });
  let claims: Record<string, string> | undefined;
  if (route.authorized) {
    const headers = new Headers({ authorization: String(request.headers.authorization ?? '') });
    try {
      claims = claimStrings(await config.identity.verifiedClaims(new Request('http://front', { headers })));
    } catch {
      // The authorizer answers before the function is invoked, in API Gateway's words.
      return json(response, 401, { message: 'Unauthorized' });
    }
  }
  const outcome = await config.invoke(gatewayEvent(request, body, route, claims));
  if ('error' in outcome) return json(response, 500, { message: 'Internal Server Error' });
  const answer = lambdaResponseSchema.parse(outcome.result);
  response.writeHead(answer.statusCode, {
    ...answer.headers,
    ...(answer.cookies.length ? { 'set-cookie': answer.cookies } : {}),
  });
  response.end(Buffer.from(answer.body, answer.isBase64Encoded ? 'base64' : 'utf8'));
}

export async function startApiFront(config: ApiFrontConfig): Promise<ApiFront> {
  const server = createServer((request, response) => {
    handle(config, request, response).catch((error: Error) =>
      json(response, 500, { message: `The local API front failed: ${error.message}` }),
    );
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, () => resolve()));
  return {
    url: `http://${config.host}:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
