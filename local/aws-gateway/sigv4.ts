// SigV4 verification of header-signed and presigned requests against the credentials registry.
// The canonical request, string to sign and signing key come from @smithy/signature-v4 (the SDK's own signer), so
// both sides canonicalise identically; reading the Authorization header or query, the clock and scope checks and
// the choice of signed headers and payload hash are ours.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { getCanonicalHeaders, getSigningKey, SignatureV4Base } from '@smithy/signature-v4';
import type { HttpRequest } from '@smithy/types';
import type { CredentialsRegistry } from './credentials.ts';
import type { Service } from './errors.ts';
import { type Query, queryValue } from './request-target.ts';
import { hmacHex, NodeSha256 } from './sha256.ts';
import {
  ALGORITHM,
  type AuthParts,
  headerValue,
  parseHeaderAuth,
  parseQueryAuth,
  toLongDate,
} from './sigv4-parse.ts';

/** AWS refuses a header-signed request whose time is further than this from its own clock. */
export const MAX_SKEW_MS = 15 * 60 * 1000;

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** The aws-chunked modes: the seed signature covers the headers; the chunk signatures are not checked (see below). */
const STREAMING_PAYLOADS = new Set([
  'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
  'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
  'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER',
]);
const HEX_SHA256 = /^[0-9a-f]{64}$/;

export interface SignableRequest {
  method: string;
  /** The path exactly as sent. */
  path: string;
  query: Query;
  headers: IncomingHttpHeaders;
}

export type SigV4FailureKind =
  | 'missing'
  | 'malformed'
  | 'unknown-key'
  | 'bad-signature'
  | 'skewed'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-region'
  | 'wrong-service'
  | 'unsigned-headers'
  | 'bad-content-sha256'
  | 'payload-mismatch';

export interface SigV4Failure {
  kind: SigV4FailureKind;
  /** What exactly was wrong, in the words AWS uses where it has some. */
  detail: string;
  accessKeyId?: string;
}

export interface VerifiedSignature {
  accessKeyId: string;
  principal: string;
  presigned: boolean;
  /** The payload hash the signature covers: a hex SHA-256, UNSIGNED-PAYLOAD or a STREAMING-* mode. */
  payloadHash: string;
  signedHeaders: string[];
  signedAt: Date;
}

export type SigV4Result = { ok: true; signature: VerifiedSignature } | { ok: false; failure: SigV4Failure };

export interface VerifyOptions {
  /** The signing name the credential scope must carry: one of the gateway's services, or another JSON service the
   * integration tier stands in for (`states`, `secretsmanager`). */
  service: Service | 'states' | 'secretsmanager';
  region: string;
  registry: CredentialsRegistry;
  now: Date;
  /** Hex SHA-256 of the body, where the gateway reads the body before verifying (DynamoDB, SES). */
  bodySha256?: string;
}

/** Exposes the SDK signer's canonicalisation, which it keeps protected. */
class Canonicaliser extends SignatureV4Base {
  constructor(uriEscapePath: boolean) {
    super({
      service: 'unused',
      region: 'unused',
      credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
      sha256: NodeSha256,
      uriEscapePath,
    });
  }

  canonicalRequest(request: HttpRequest, headers: Record<string, string>, payloadHash: string): string {
    return this.createCanonicalRequest(request, headers, payloadHash);
  }

  stringToSign(longDate: string, scope: string, canonicalRequest: string): Promise<string> {
    return this.createStringToSign(longDate, scope, canonicalRequest, ALGORITHM);
  }
}

// S3 signs the path as sent; every other service signs it normalised and encoded once more.
const canonicalisers = { s3: new Canonicaliser(false), other: new Canonicaliser(true) };

const fail = (kind: SigV4FailureKind, detail: string, accessKeyId?: string): SigV4Result => ({
  ok: false,
  failure: { kind, detail, ...(accessKeyId ? { accessKeyId } : {}) },
});

/** The hash the signature covers, or the failure if the request declares one it may not. */
function payloadHashOf(
  request: SignableRequest,
  auth: AuthParts,
  options: VerifyOptions,
): { hash: string } | SigV4Failure {
  const declared =
    (auth.presigned ? queryValue(request.query, 'X-Amz-Content-Sha256') : undefined) ??
    headerValue(request.headers, 'x-amz-content-sha256');
  if (options.service === 's3') {
    // A presigned URL never signs its body; a header-signed S3 request must say how it signs it.
    if (declared === undefined) {
      return auth.presigned
        ? { hash: UNSIGNED_PAYLOAD }
        : {
            kind: 'bad-content-sha256',
            detail: 'Missing required header for this request: x-amz-content-sha256',
          };
    }
    if (declared === UNSIGNED_PAYLOAD || STREAMING_PAYLOADS.has(declared) || HEX_SHA256.test(declared))
      return { hash: declared };
    return {
      kind: 'bad-content-sha256',
      detail:
        'x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER or a valid sha256 value.',
    };
  }
  // The other services' bodies are read before verifying, so their hash is known and a false claim is caught here.
  const actual = options.bodySha256;
  if (actual === undefined) throw new Error(`The body hash is needed to verify a ${options.service} request`);
  if (declared !== undefined && declared !== actual)
    return {
      kind: 'payload-mismatch',
      detail: "The provided 'x-amz-content-sha256' header does not match the body",
    };
  return { hash: actual };
}

/** Verifies a request's SigV4 signature: which principal signed it, or why it cannot be trusted. */
export async function verifySigV4(request: SignableRequest, options: VerifyOptions): Promise<SigV4Result> {
  const authorization = headerValue(request.headers, 'authorization');
  const presignedQuery = queryValue(request.query, 'X-Amz-Algorithm') !== undefined;
  if (authorization === undefined && !presignedQuery) return fail('missing', 'The request is not signed');
  if (authorization !== undefined && presignedQuery)
    return fail(
      'malformed',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified',
    );
  const auth =
    authorization !== undefined
      ? parseHeaderAuth(authorization, request.headers)
      : parseQueryAuth(request.query);
  if (typeof auth === 'string') return fail('malformed', auth);
  const { accessKeyId, scope } = auth;

  if (scope.terminator !== 'aws4_request')
    return fail(
      'malformed',
      "Credential should be scoped with a valid terminator: 'aws4_request'",
      accessKeyId,
    );
  if (scope.date !== auth.longDate.slice(0, 8))
    return fail(
      'malformed',
      `Invalid credential date "${scope.date}". This date is not the same as X-Amz-Date: "${auth.longDate.slice(0, 8)}".`,
      accessKeyId,
    );
  if (scope.region !== options.region)
    return fail(
      'wrong-region',
      `the region '${scope.region}' is wrong; expecting '${options.region}'`,
      accessKeyId,
    );
  if (scope.service !== options.service)
    return fail(
      'wrong-service',
      `Credential should be scoped to correct service: '${options.service}'.`,
      accessKeyId,
    );

  const key = options.registry.lookup(accessKeyId);
  if (!key)
    return fail(
      'unknown-key',
      'The AWS Access Key Id you provided does not exist in our records.',
      accessKeyId,
    );

  const now = options.now.getTime();
  const signedAt = auth.signedAt.getTime();
  if (auth.presigned) {
    if (now > signedAt + (auth.expiresSeconds ?? 0) * 1000)
      return fail('expired', 'Request has expired', accessKeyId);
    if (signedAt > now + MAX_SKEW_MS) return fail('not-yet-valid', 'Request is not valid yet', accessKeyId);
  } else if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    return fail(
      'skewed',
      `Signature expired: ${auth.longDate} is now earlier than ${toLongDate(new Date(now - MAX_SKEW_MS))} (${toLongDate(options.now)} - 15 min.)`,
      accessKeyId,
    );
  }

  const signed = new Set(auth.signedHeaders);
  if (!signed.has('host'))
    return fail('malformed', "'Host' must be a 'SignedHeader' in the AWS Authorization.", accessKeyId);
  if (auth.signedHeaders.some((name) => name !== name.toLowerCase() || !name))
    return fail('malformed', 'SignedHeaders must be lower-case names separated by semicolons', accessKeyId);
  if (options.service === 's3') {
    // S3 refuses x-amz-* headers left out of the signature: they change what the request does.
    const unsigned = Object.keys(request.headers).filter(
      (name) => name.startsWith('x-amz-') && !signed.has(name),
    );
    if (unsigned.length)
      return fail(
        'unsigned-headers',
        `There were headers present in the request which were not signed: ${unsigned.join(', ')}`,
        accessKeyId,
      );
  }

  const payload = payloadHashOf(request, auth, options);
  if (!('hash' in payload)) return { ok: false, failure: { ...payload, accessKeyId } };

  const bag: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = headerValue(request.headers, name);
    // A header the client signed but the gateway did not receive cannot have been signed as received.
    if (value === undefined)
      return fail('bad-signature', `The signed header ${name} is missing`, accessKeyId);
    bag[name] = value;
  }
  const canonicaliser = options.service === 's3' ? canonicalisers.s3 : canonicalisers.other;
  const httpRequest: HttpRequest = {
    method: request.method,
    protocol: 'http:',
    hostname: '',
    path: request.path,
    query: request.query,
    headers: bag,
  };
  const canonicalHeaders = getCanonicalHeaders(httpRequest, undefined, signed);
  const canonicalRequest = canonicaliser.canonicalRequest(httpRequest, canonicalHeaders, payload.hash);
  const credentialScope = `${scope.date}/${scope.region}/${scope.service}/${scope.terminator}`;
  const stringToSign = await canonicaliser.stringToSign(auth.longDate, credentialScope, canonicalRequest);
  const signingKey = await getSigningKey(
    NodeSha256,
    { accessKeyId, secretAccessKey: key.secretAccessKey },
    scope.date,
    scope.region,
    scope.service,
  );
  if (!sameHex(hmacHex(signingKey, stringToSign), auth.signature))
    return fail(
      'bad-signature',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      accessKeyId,
    );
  return {
    ok: true,
    signature: {
      accessKeyId,
      principal: key.principal,
      presigned: auth.presigned,
      payloadHash: payload.hash,
      signedHeaders: auth.signedHeaders,
      signedAt: auth.signedAt,
    },
  };
}

/** Compares two signatures in constant time; a malformed one simply does not match. */
export function sameHex(expected: string, provided: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(provided)) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(provided, 'hex'));
}

/** The signing key of one day, region and service; a presigned POST signs its policy with the key for s3. */
export async function signingKeyFor(secretAccessKey: string, date: string, region: string, service: string) {
  return getSigningKey(NodeSha256, { accessKeyId: 'unused', secretAccessKey }, date, region, service);
}
