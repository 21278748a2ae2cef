// The S3 front: CORS, SigV4, key confinement, authorization, conditional writes and Object Lock, then s3rver does
// the storing.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { accessDenied, firstDenial } from './authorization.ts';
import type { GatewayContext } from './context.ts';
import { corsResponseHeaders, preflight } from './cors.ts';
import { GatewayError, sendError } from './errors.ts';
import { fileSink, forward } from './http.ts';
import { boundaryOf } from './multipart.ts';
import { handlePostUpload } from './post-upload.ts';
import { parseRequestTarget, type Query } from './request-target.ts';
import { s3AuthorizationRequests } from './s3-actions.ts';
import { parseS3Path } from './s3-target.ts';
import { responseHeadersFor, toS3Error, upstreamHeaders, upstreamTarget } from './s3-upstream.ts';
import { sha256Stream } from './sha256.ts';
import { verifySigV4 } from './sigv4.ts';
import { sigV4Error } from './sigv4-errors.ts';

/** When the object at this path was last written, or undefined when there is none. */
async function lastModified(context: GatewayContext, path: string): Promise<Date | undefined> {
  const response = await fetch(new URL(path, context.upstream.s3), { method: 'HEAD' });
  if (response.status === 404) return undefined;
  return new Date(response.headers.get('last-modified') ?? 0);
}

/** PutObject and CopyObject with If-None-Match: * must not replace an object; s3rver ignores the header. */
async function assertAbsent(context: GatewayContext, path: string): Promise<void> {
  if (await lastModified(context, path))
    throw new GatewayError(
      'PreconditionFailed',
      412,
      'At least one of the pre-conditions you specified did not hold',
      {
        Condition: 'If-None-Match',
      },
    );
}

/**
 * A body whose SHA-256 was signed is held in a spool file until its hash is known: s3rver writes straight to the
 * object's file, so a body found wrong only after forwarding would already have replaced the object.
 */
async function spoolSignedBody(request: IncomingMessage, context: GatewayContext, expected: string) {
  const path = join(context.spoolDir, randomUUID());
  const sink = fileSink(path);
  const hash = sha256Stream();
  let size = 0;
  try {
    await pipeline(request, async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        size += chunk.length;
        hash.update(chunk);
        await sink.write(chunk);
      }
    });
    await sink.close();
  } catch (error) {
    sink.destroy();
    await rm(path, { force: true });
    throw error;
  }
  if (hash.digest() !== expected) {
    await rm(path, { force: true });
    throw new GatewayError(
      'XAmzContentSHA256Mismatch',
      400,
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
      { ClientComputedContentSHA256: expected },
    );
  }
  return { path, size };
}

const isPostUpload = (request: IncomingMessage, target: { bucket?: string; key?: string }, query: Query) =>
  request.method === 'POST' &&
  target.bucket !== undefined &&
  target.key === undefined &&
  Object.keys(query).length === 0 &&
  boundaryOf(request.headers['content-type']) !== undefined;

async function handle(request: IncomingMessage, response: ServerResponse, context: GatewayContext) {
  const cors = corsResponseHeaders(request.headers, context.corsOrigins);
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS') {
    response.writeHead(200, preflight(request.headers, context.corsOrigins)).end();
    return;
  }
  let target: ReturnType<typeof parseRequestTarget>;
  try {
    target = parseRequestTarget(request.url ?? '/');
  } catch {
    throw new GatewayError('InvalidURI', 400, "Couldn't parse the specified URI.");
  }
  const resource = parseS3Path(target.path);
  if (isPostUpload(request, resource, target.query)) {
    await handlePostUpload(request, response, context, resource.bucket!, cors);
    return;
  }
  const verified = await verifySigV4(
    { method, path: target.path, query: target.query, headers: request.headers },
    { service: 's3', region: context.region, registry: context.registry, now: context.now() },
  );
  if (!verified.ok) throw sigV4Error('s3', verified.failure);
  const { signature } = verified;
  const requests = s3AuthorizationRequests(
    signature.principal,
    method,
    resource,
    target.query,
    request.headers,
  );
  const denial = await firstDenial(context.authorize, requests);
  if (denial) {
    context.log('S3 request denied', { ...denial.request, reason: denial.reason });
    throw accessDenied('s3', denial);
  }
  const { path, overrides } = upstreamTarget(request.url ?? '/');
  const isCopy = request.headers['x-amz-copy-source'] !== undefined;
  // A plain PutObject, CopyObject or DeleteObject (the SDK names the operation in x-id): what Object Lock and
  // If-None-Match are about; a tagging, ACL or multipart-part request is not.
  const objectWrite =
    resource.bucket !== undefined &&
    resource.key !== undefined &&
    (method === 'PUT' || method === 'DELETE') &&
    Object.keys(target.query).every((name) => name === 'x-id');
  const locks = context.objectLocks;
  const requestedLock =
    objectWrite && method === 'PUT' ? locks.requested(resource.bucket!, request.headers) : undefined;
  if (objectWrite && method === 'PUT' && !isCopy && locks.enabled(resource.bucket!))
    locks.assertIntegrityHeader(resource.bucket!, request.headers);
  if (objectWrite && method === 'PUT' && request.headers['if-none-match'] === '*')
    await assertAbsent(context, target.path);
  if (objectWrite && locks.enabled(resource.bucket!)) {
    const written = await lastModified(context, target.path);
    if (written) locks.assertUnlocked(resource.bucket!, resource.key!, written, context.now());
  }

  const headers = upstreamHeaders(request);
  let body: IncomingMessage | ReturnType<typeof createReadStream> | undefined;
  let spooled: string | undefined;
  if (method === 'PUT' || method === 'POST') {
    if (/^[0-9a-f]{64}$/.test(signature.payloadHash) && !isCopy) {
      const spool = await spoolSignedBody(request, context, signature.payloadHash);
      spooled = spool.path;
      body = createReadStream(spool.path);
      headers['content-length'] = String(spool.size);
      delete headers['transfer-encoding'];
    } else {
      // UNSIGNED-PAYLOAD (presigned PUTs, streamed bodies) goes straight through. STREAMING-* bodies are passed on
      // as sent: their chunk signatures are not checked (the SDK clients here never send them, see decision 0009).
      body = request;
    }
  }
  try {
    await forward(response, {
      upstream: context.upstream.s3,
      method,
      path,
      headers,
      body,
      responseHeaders: responseHeadersFor(request, context, cors, method === 'GET' ? overrides : {}),
    });
  } finally {
    if (spooled) await rm(spooled, { force: true });
  }
  if (requestedLock && response.statusCode === 200)
    locks.record(resource.bucket!, resource.key!, requestedLock);
}

export function s3Front(context: GatewayContext) {
  return (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response, context).catch((error: unknown) => {
      const gatewayError = toS3Error(error, context);
      sendError('s3', response, gatewayError, {
        head: request.method === 'HEAD',
        headers: corsResponseHeaders(request.headers, context.corsOrigins),
      });
    });
  };
}
