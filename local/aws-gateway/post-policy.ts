// The presigned POST policy, as S3 enforces it: who signed it, until when it holds, and what each form field may be.
import type { CredentialsRegistry } from './credentials.ts';
import { GatewayError } from './errors.ts';
import { hmacHex } from './sha256.ts';
import { sameHex, signingKeyFor } from './sigv4.ts';
import { ALGORITHM } from './sigv4-parse.ts';

export interface PostPolicy {
  expiration: Date;
  conditions: Condition[];
}

export type Condition =
  | { kind: 'eq' | 'starts-with'; field: string; value: string; text: string }
  | { kind: 'content-length-range'; min: number; max: number; text: string };

/** Form fields S3 never asks a condition for. */
const EXEMPT_FIELDS = new Set(['x-amz-signature', 'file', 'policy']);
const isExempt = (name: string) => EXEMPT_FIELDS.has(name) || name.startsWith('x-ignore-');

const invalidPolicy = (detail: string) =>
  new GatewayError('InvalidPolicyDocument', 400, `Invalid Policy: ${detail}`);
const policyRefusal = (detail: string) =>
  new GatewayError('AccessDenied', 403, `Invalid according to Policy: ${detail}`);

/** S3 quotes a failed condition as the array form, whichever form the policy used. */
const quote = (parts: unknown[]) => `[${parts.map((p) => JSON.stringify(p)).join(', ')}]`;

function parseCondition(raw: unknown): Condition {
  if (Array.isArray(raw)) {
    const [op, first, second] = raw as unknown[];
    const operator = String(op).toLowerCase();
    if (operator === 'content-length-range') {
      const min = Number(first);
      const max = Number(second);
      if (raw.length !== 3 || !Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min)
        throw invalidPolicy(`Invalid content-length-range condition: ${JSON.stringify(raw)}`);
      return { kind: 'content-length-range', min, max, text: quote(raw) };
    }
    if ((operator === 'eq' || operator === 'starts-with') && raw.length === 3) {
      if (typeof first !== 'string' || !first.startsWith('$') || typeof second !== 'string')
        throw invalidPolicy(`Invalid ${operator} condition: ${JSON.stringify(raw)}`);
      return { kind: operator, field: first.slice(1).toLowerCase(), value: second, text: quote(raw) };
    }
    throw invalidPolicy(`Invalid Condition: ${JSON.stringify(raw)}`);
  }
  if (raw && typeof raw === 'object') {
    const entries = Object.entries(raw);
    const [name, value] = entries[0] ?? [];
    if (entries.length !== 1 || typeof name !== 'string' || typeof value !== 'string')
      throw invalidPolicy(`Invalid Condition: ${JSON.stringify(raw)}`);
    return { kind: 'eq', field: name.toLowerCase(), value, text: quote(['eq', `$${name}`, value]) };
  }
  throw invalidPolicy(`Invalid Condition: ${JSON.stringify(raw)}`);
}

export function decodePolicy(base64: string): PostPolicy {
  let document: { expiration?: unknown; conditions?: unknown };
  try {
    document = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch {
    throw invalidPolicy('Invalid JSON.');
  }
  const expiration = typeof document.expiration === 'string' ? new Date(document.expiration) : undefined;
  if (!expiration || Number.isNaN(expiration.getTime()))
    throw invalidPolicy(`Invalid 'expiration' value: '${String(document.expiration)}'`);
  if (!Array.isArray(document.conditions)) throw invalidPolicy("Policy missing 'conditions' array.");
  return { expiration, conditions: document.conditions.map(parseCondition) };
}

/**
 * Checks the policy's signature (SigV4 over the base64 policy, with the s3 signing key of the credential's day and
 * region) and returns the principal of the key that signed it. `fields` are keyed by lower-case name.
 */
export async function verifyPolicySignature(
  fields: ReadonlyMap<string, string>,
  options: { registry: CredentialsRegistry; region: string },
): Promise<string> {
  const policy = fields.get('policy') ?? '';
  if (fields.get('x-amz-algorithm') !== ALGORITHM)
    throw new GatewayError(
      'InvalidArgument',
      400,
      `POST requires the x-amz-algorithm field to be ${ALGORITHM}`,
    );
  const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = (
    fields.get('x-amz-credential') ?? ''
  ).split('/');
  if (!accessKeyId || terminator !== 'aws4_request')
    throw new GatewayError('InvalidArgument', 400, 'POST requires a valid x-amz-credential field');
  if ((fields.get('x-amz-date') ?? '').slice(0, 8) !== date)
    throw new GatewayError(
      'InvalidArgument',
      400,
      'The x-amz-date field is not the date of x-amz-credential',
    );
  if (region !== options.region || service !== 's3')
    throw new GatewayError(
      'AuthorizationQueryParametersError',
      400,
      `Error parsing the X-Amz-Credential parameter; the region '${region}' is wrong; expecting '${options.region}'`,
    );
  const key = options.registry.lookup(accessKeyId);
  if (!key)
    throw new GatewayError(
      'InvalidAccessKeyId',
      403,
      'The AWS Access Key Id you provided does not exist in our records.',
      {
        AWSAccessKeyId: accessKeyId,
      },
    );
  const signingKey = await signingKeyFor(key.secretAccessKey, date, region, 's3');
  if (!sameHex(hmacHex(signingKey, policy), fields.get('x-amz-signature') ?? ''))
    throw new GatewayError(
      'SignatureDoesNotMatch',
      403,
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      { AWSAccessKeyId: accessKeyId },
    );
  return key.principal;
}

/**
 * Checks everything the policy says about the form before its file is read: expiry, every condition on a field,
 * and that no field goes uncovered. Returns the size range the file must then keep to.
 */
export function checkPolicyFields(
  policy: PostPolicy,
  form: { bucket: string; fields: ReadonlyMap<string, string> },
  now: Date,
): { min: number; max: number } | undefined {
  if (now.getTime() > policy.expiration.getTime()) throw policyRefusal('Policy expired.');
  // The bucket is the one in the URL; a form field of that name may only repeat it.
  const formBucket = form.fields.get('bucket');
  if (formBucket !== undefined && formBucket !== form.bucket)
    throw policyRefusal(`Policy Condition failed: ${quote(['eq', '$bucket', form.bucket])}`);
  const fieldValue = (field: string) => (field === 'bucket' ? form.bucket : form.fields.get(field));
  const covered = new Set<string>();
  let range: { min: number; max: number } | undefined;
  for (const condition of policy.conditions) {
    if (condition.kind === 'content-length-range') {
      range = { min: condition.min, max: condition.max };
      continue;
    }
    covered.add(condition.field);
    const value = fieldValue(condition.field);
    const holds =
      value !== undefined &&
      (condition.kind === 'eq'
        ? value === condition.value
        : // S3 lets Content-Type list several types, each of which must keep to the prefix.
          (condition.field === 'content-type' ? value.split(',') : [value]).every((v) =>
            v.trim().startsWith(condition.value),
          ));
    if (!holds) throw policyRefusal(`Policy Condition failed: ${condition.text}`);
  }
  const extra = [...form.fields.keys()].filter((name) => !isExempt(name) && !covered.has(name));
  if (extra.length) throw policyRefusal(`Extra input fields: ${extra.join(', ')}`);
  return range;
}

export function entityTooLarge(max: number, proposed?: number): GatewayError {
  return new GatewayError('EntityTooLarge', 400, 'Your proposed upload exceeds the maximum allowed size', {
    ...(proposed !== undefined ? { ProposedSize: proposed } : {}),
    MaxSizeAllowed: max,
  });
}

export function checkFileSize(range: { min: number; max: number } | undefined, size: number): void {
  if (!range) return;
  if (size > range.max) throw entityTooLarge(range.max, size);
  if (size < range.min)
    throw new GatewayError(
      'EntityTooSmall',
      400,
      'Your proposed upload is smaller than the minimum allowed size',
      {
        ProposedSize: size,
        MinSizeAllowed: range.min,
      },
    );
}
