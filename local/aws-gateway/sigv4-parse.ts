// Reads SigV4 authentication off a request: the Authorization header or the presigned query parameters.
import type { IncomingHttpHeaders } from 'node:http';
import { type Query, queryValue } from './request-target.ts';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
/** The longest X-Amz-Expires S3 accepts: seven days. */
export const MAX_PRESIGNED_SECONDS = 7 * 24 * 3600;

export const headerValue = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

const LONG_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function parseLongDate(value: string): Date | undefined {
  const m = LONG_DATE.exec(value);
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export const toLongDate = (date: Date) =>
  date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

export interface AuthParts {
  presigned: boolean;
  accessKeyId: string;
  scope: { date: string; region: string; service: string; terminator: string };
  signedHeaders: string[];
  signature: string;
  /** The request time as signed (the header or query value) and as a date. */
  longDate: string;
  signedAt: Date;
  expiresSeconds?: number;
}

function parseCredential(credential: string) {
  const parts = credential.split('/');
  if (parts.length !== 5) return undefined;
  const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = parts;
  return { accessKeyId, scope: { date, region, service, terminator } };
}

/** Reads the Authorization header; a string is what is malformed about it. */
export function parseHeaderAuth(authorization: string, headers: IncomingHttpHeaders): AuthParts | string {
  const space = authorization.indexOf(' ');
  if (space < 0 || authorization.slice(0, space) !== ALGORITHM)
    return `Unsupported Authorization Type; only ${ALGORITHM} is accepted`;
  const fields = new Map<string, string>();
  for (const part of authorization.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = parseCredential(fields.get('Credential') ?? '');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential || !signedHeaders || !signature)
    return "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters";
  const amzDate = headerValue(headers, 'x-amz-date');
  const httpDate = headerValue(headers, 'date');
  let signedAt: Date | undefined;
  let longDate: string;
  if (amzDate !== undefined) {
    signedAt = parseLongDate(amzDate);
    longDate = amzDate;
  } else if (httpDate !== undefined) {
    const parsed = new Date(httpDate);
    signedAt = Number.isNaN(parsed.getTime()) ? undefined : parsed;
    longDate = signedAt ? toLongDate(signedAt) : '';
  } else return "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header";
  if (!signedAt) return "Date must be in ISO-8601 'basic format'";
  return {
    presigned: false,
    ...credential,
    signedHeaders: signedHeaders.split(';'),
    signature,
    longDate,
    signedAt,
  };
}

export function parseQueryAuth(query: Query): AuthParts | string {
  const value = (name: string) => queryValue(query, name);
  if (value('X-Amz-Algorithm') !== ALGORITHM) return `X-Amz-Algorithm only supports "${ALGORITHM}"`;
  const credential = parseCredential(value('X-Amz-Credential') ?? '');
  const longDate = value('X-Amz-Date') ?? '';
  const signedAt = parseLongDate(longDate);
  const expires = value('X-Amz-Expires');
  const signedHeaders = value('X-Amz-SignedHeaders');
  const signature = value('X-Amz-Signature');
  if (!credential || !signedAt || !signedHeaders || !signature || expires === undefined)
    return 'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.';
  const expiresSeconds = /^\d+$/.test(expires) ? Number(expires) : Number.NaN;
  if (!(expiresSeconds >= 1 && expiresSeconds <= MAX_PRESIGNED_SECONDS))
    return `X-Amz-Expires must be less than a week (in seconds) that is ${MAX_PRESIGNED_SECONDS}`;
  return {
    presigned: true,
    ...credential,
    signedHeaders: signedHeaders.split(';'),
    signature,
    longDate,
    signedAt,
    expiresSeconds,
  };
}
