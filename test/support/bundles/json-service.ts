// One AWS JSON-protocol service on a loopback port, as the SDK calls it: the request's SigV4 checked against the
// gateway's registry, the operation named by X-Amz-Target, every refusal in the protocol's error shape.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod';
import type { CredentialsRegistry } from '../../../local/aws-gateway/credentials.ts';
import { GatewayError } from '../../../local/aws-gateway/errors.ts';
import { readBody } from '../../../local/aws-gateway/http.ts';
import { parseRequestTarget } from '../../../local/aws-gateway/request-target.ts';
import { sha256Hex } from '../../../local/aws-gateway/sha256.ts';
import { verifySigV4 } from '../../../local/aws-gateway/sigv4.ts';
import { coralError } from '../../../local/aws-gateway/sigv4-errors.ts';
import { headerValue } from '../../../local/aws-gateway/sigv4-parse.ts';
import { AccessDeniedError } from '../../../local/iam/enforcement.ts';

/** Step Functions takes at most 256 KB of execution input; no request here needs more than this. */
const MAX_REQUEST_BYTES = 1024 * 1024;

/** An operation refused in the service's own terms: the SDK raises the exception class of that name. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = code;
  }
}

/** Answers a request made by `principal` (the registry's name for the key that signed it). */
export type Operation = (input: unknown, principal: string) => unknown;

export interface JsonServiceConfig {
  /** The service name of the credential scope (`states`, `secretsmanager`). */
  signingName: 'states' | 'secretsmanager';
  /** What X-Amz-Target starts with before the operation's name (`AWSStepFunctions`, `secretsmanager`). */
  targetPrefix: string;
  /** awsJson1_0 or awsJson1_1: the content type differs, the error shape does not. */
  jsonVersion: '1.0' | '1.1';
  region: string;
  registry: CredentialsRegistry;
  operations: Record<string, Operation>;
}

export interface JsonService {
  url: string;
  stop(): Promise<void>;
}

function refusalOf(error: unknown): { code: string; status: number; message: string } {
  if (error instanceof ServiceError || error instanceof GatewayError)
    return { code: error.code, status: error.status, message: error.message };
  if (error instanceof z.ZodError)
    return { code: 'ValidationException', status: 400, message: z.prettifyError(error) };
  if (error instanceof AccessDeniedError)
    return { code: 'AccessDeniedException', status: 400, message: error.message };
  return { code: 'InternalFailure', status: 500, message: (error as Error).message };
}

async function answer(config: JsonServiceConfig, request: IncomingMessage): Promise<unknown> {
  const read = await readBody(request, MAX_REQUEST_BYTES);
  if ('tooLarge' in read) throw new ServiceError('ValidationException', 'The request body is too large');
  const { path, query } = parseRequestTarget(request.url ?? '/');
  const verified = await verifySigV4(
    { method: request.method ?? 'POST', path, query, headers: request.headers },
    {
      service: config.signingName,
      region: config.region,
      registry: config.registry,
      now: new Date(),
      bodySha256: sha256Hex(read.body),
    },
  );
  if (!verified.ok) throw coralError(verified.failure, 400);
  const target = headerValue(request.headers, 'x-amz-target') ?? '';
  const operation = target.startsWith(`${config.targetPrefix}.`)
    ? config.operations[target.slice(config.targetPrefix.length + 1)]
    : undefined;
  if (!operation) throw new ServiceError('UnknownOperationException', `Unknown operation ${target}`);
  let input: unknown;
  try {
    input = JSON.parse(read.body.toString('utf8') || '{}');
  } catch {
    throw new ServiceError('SerializationException', 'The request body is not valid JSON');
  }
  return operation(input, verified.signature.principal);
}

export async function startJsonService(config: JsonServiceConfig): Promise<JsonService> {
  const contentType = `application/x-amz-json-${config.jsonVersion}`;
  const send = (response: ServerResponse, status: number, body: unknown) =>
    response.writeHead(status, { 'content-type': contentType }).end(JSON.stringify(body));
  const server: Server = createServer((request, response) => {
    answer(config, request).then(
      (output) => send(response, 200, output ?? {}),
      (error: unknown) => {
        const { code, status, message } = refusalOf(error);
        send(response, status, { __type: code, message });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
