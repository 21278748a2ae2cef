// HTTP plumbing of the gateway: bounded body reads, draining a refused upload, and forwarding to an emulator.
import { createWriteStream } from 'node:fs';
import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Headers that describe one connection, not the request: never passed on. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect',
]);

export function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.has(name) && !name.startsWith('proxy-')) out[name] = value;
  return out;
}

/** Past this many bytes a refused body is no longer read to its end: the connection is closed instead. */
export const DISCARD_LIMIT = 64 * 1024 * 1024;

/**
 * Reads the whole body when it is at most `max` bytes. A longer body is read to its end and thrown away, so the
 * client can read the refusal (up to DISCARD_LIMIT; then the connection is closed, as S3 does).
 */
export function readBody(
  request: IncomingMessage,
  max: number,
): Promise<{ body: Buffer } | { tooLarge: true; received: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= max) chunks.push(chunk);
      else if (received > max + DISCARD_LIMIT) request.socket.destroy();
    });
    request.once('end', () =>
      resolve(received > max ? { tooLarge: true, received } : { body: Buffer.concat(chunks) }),
    );
    request.once('error', reject);
    // A client that goes away mid-body ends nothing; the read must not wait for it forever.
    request.once('close', () => {
      if (!request.complete) reject(new Error('The client closed the connection before the body ended'));
    });
  });
}

/** Writes a stream of chunks to a file, waiting for the disk when it falls behind. */
export function fileSink(path: string) {
  const file = createWriteStream(path, { mode: 0o600 });
  const failed = new Promise<never>((_, reject) => file.once('error', reject));
  failed.catch(() => {});
  return {
    async write(chunk: Buffer) {
      if (!file.write(chunk))
        await Promise.race([new Promise<void>((resolve) => file.once('drain', () => resolve())), failed]);
    },
    async close() {
      await Promise.race([new Promise<void>((resolve) => file.end(() => resolve())), failed]);
    },
    destroy() {
      file.destroy();
    },
  };
}

export interface Forward {
  upstream: URL;
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  body?: Buffer | Readable;
  /** Adjusts the emulator's response headers before they are sent on (CORS, Location). */
  responseHeaders?: (headers: IncomingHttpHeaders, status: number) => OutgoingHttpHeaders;
}

/** Sends a request to an emulator and streams its answer to `response`. */
export function forward(response: ServerResponse, options: Forward): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname: options.upstream.hostname,
        port: options.upstream.port,
        method: options.method,
        path: options.path,
        headers: { ...options.headers, host: options.upstream.host },
      },
      (answer) => {
        const headers = withoutHopByHop(answer.headers);
        const status = answer.statusCode ?? 502;
        response.writeHead(
          status,
          options.responseHeaders?.(headers as IncomingHttpHeaders, status) ?? headers,
        );
        pipeline(answer, response).then(resolve, reject);
      },
    );
    outgoing.once('error', reject);
    if (options.body === undefined) outgoing.end();
    else if (Buffer.isBuffer(options.body)) outgoing.end(options.body);
    else pipeline(options.body, outgoing).catch(reject);
  });
}
