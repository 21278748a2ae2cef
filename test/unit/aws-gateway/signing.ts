// Requests signed by the SDK's own signer, as the gateway receives them on the wire: the reference the verifier
// is held to.
import type { IncomingHttpHeaders } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest } from '@smithy/types';
import { CredentialsRegistry } from '../../../local/aws-gateway/credentials.ts';
import { parseRequestTarget } from '../../../local/aws-gateway/request-target.ts';
import { NodeSha256, sha256Hex } from '../../../local/aws-gateway/sha256.ts';
import type { SignableRequest } from '../../../local/aws-gateway/sigv4.ts';

export const region = 'us-east-1';
export const signedAt = new Date('2026-06-01T12:00:00Z');
export const alice = { accessKeyId: 'LOCALALICE', secretAccessKey: 'alice-secret-of-thirty-characters' };
export const registry = new CredentialsRegistry({
  [alice.accessKeyId]: { secretAccessKey: alice.secretAccessKey, principal: 'alice' },
});

const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

export interface Unsigned {
  method: string;
  /** For S3 the path as the SDK sends it (already encoded); for other services a plain path. */
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
}

function httpRequest(request: Unsigned): HttpRequest {
  return {
    method: request.method,
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: 4002,
    path: request.path,
    query: request.query ?? {},
    headers: { host: '127.0.0.1:4002', ...request.headers },
    ...(request.body !== undefined ? { body: request.body } : {}),
  };
}

/** What the gateway reads off the wire for a signed request: lower-case headers, the path as sent, a parsed query. */
function onTheWire(signed: HttpRequest): SignableRequest {
  const query = Object.entries(signed.query ?? {})
    .map(([name, value]) => `${rfc3986(name)}=${rfc3986(String(value))}`)
    .join('&');
  const target = parseRequestTarget(query ? `${signed.path}?${query}` : signed.path);
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  return { method: signed.method, path: target.path, query: target.query, headers };
}

const signer = (service: string, credentials = alice, signingRegion = region) =>
  new SignatureV4({
    service,
    region: signingRegion,
    credentials,
    sha256: NodeSha256,
    // As the SDK does: S3 signs the path as sent, the other services normalise it.
    uriEscapePath: service !== 's3',
  });

export async function signed(
  service: string,
  request: Unsigned,
  options: { credentials?: typeof alice; at?: Date; region?: string } = {},
): Promise<SignableRequest> {
  const headers = { ...request.headers };
  if (service === 's3') headers['x-amz-content-sha256'] ??= sha256Hex(request.body ?? '');
  const result = await signer(service, options.credentials, options.region).sign(
    httpRequest({ ...request, headers }),
    { signingDate: options.at ?? signedAt },
  );
  return onTheWire(result);
}

export async function presigned(
  request: Unsigned,
  options: { credentials?: typeof alice; at?: Date; expiresIn?: number } = {},
): Promise<SignableRequest> {
  const result = await signer('s3', options.credentials).presign(
    httpRequest({ ...request, headers: { ...request.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } }),
    { signingDate: options.at ?? signedAt, expiresIn: options.expiresIn ?? 900 },
  );
  return onTheWire(result);
}
