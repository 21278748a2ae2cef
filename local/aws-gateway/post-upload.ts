// Browser uploads through a presigned POST: the form's fields are read and held to the policy before the file part
// (which S3 requires to come last) is read; the file is spooled while its size is counted, and only a form that
// passed everything is handed to s3rver, so a refused upload leaves nothing in the bucket.
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { accessDenied, firstDenial } from './authorization.ts';
import type { GatewayContext } from './context.ts';
import { GatewayError } from './errors.ts';
import { DISCARD_LIMIT, fileSink, forward } from './http.ts';
import { checkKey } from './keys.ts';
import { boundaryOf, MultipartReader, type PartHeaders, PartTooLarge } from './multipart.ts';
import {
  checkFileSize,
  checkPolicyFields,
  decodePolicy,
  entityTooLarge,
  verifyPolicySignature,
} from './post-policy.ts';
import { postUploadAuthorization } from './s3-actions.ts';
import { MAX_FIELD_BYTES, responseHeadersFor } from './s3-upstream.ts';

/** S3's largest single POST upload (5 GB), for a policy without content-length-range. */
const MAX_POST_OBJECT_BYTES = 5 * 1024 ** 3;

/** Fields that authenticate the form: s3rver has no use for them (and would keep them as metadata). */
const AUTH_FIELDS = new Set([
  'policy',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-algorithm',
  'x-amz-date',
  'x-amz-security-token',
  'bucket',
]);

class FileTooLarge extends Error {}

/** The key variable S3 replaces by the uploaded file's name: a literal, not a template. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: S3's own variable syntax
const FILENAME_VARIABLE = '${filename}';

/** Reads the fields before the file part; field names are compared without regard to case, as S3 does. */
async function readFields(reader: MultipartReader) {
  const fields = new Map<string, string>();
  let budget = MAX_FIELD_BYTES;
  for (;;) {
    const part = await reader.nextPart();
    if (!part) return { fields, file: undefined };
    const name = part.name.toLowerCase();
    if (name === 'file') return { fields, file: part };
    const value = await reader.readText(budget);
    budget -= value.length + name.length;
    if (budget < 0) throw new PartTooLarge('Fields too large');
    if (fields.has(name))
      throw new GatewayError(
        'InvalidArgument',
        400,
        `POST requires exactly one value per form field; ${name} came twice`,
      );
    fields.set(name, value);
  }
}

/** The form s3rver gets: the key, content type and metadata fields, then the spooled file. */
function rebuiltForm(
  fields: ReadonlyMap<string, string>,
  file: PartHeaders,
  spoolPath: string,
  size: number,
) {
  const boundary = `u4ssc-gateway-${randomBytes(12).toString('hex')}`;
  const quoteName = (value: string) => value.replace(/["\r\n]/g, (ch) => encodeURIComponent(ch));
  let head = '';
  for (const [name, value] of fields) {
    if (AUTH_FIELDS.has(name) || name.startsWith('x-ignore-')) continue;
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${quoteName(name)}"\r\n\r\n${value}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoteName(file.filename ?? 'file')}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  const prefix = Buffer.from(head, 'utf8');
  const suffix = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* parts() {
    yield prefix;
    yield* createReadStream(spoolPath);
    yield suffix;
  }
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: prefix.length + size + suffix.length,
    body: Readable.from(parts()),
  };
}

/** Everything S3 checks before it accepts a POST's file: signature, expiry, conditions, key, permission. */
async function admitForm(context: GatewayContext, bucket: string, fields: ReadonlyMap<string, string>) {
  // Without a policy the form is anonymous, and nothing here lets anonymous callers write.
  if (!fields.has('policy')) throw new GatewayError('AccessDenied', 403, 'Access Denied');
  const key = fields.get('key');
  if (!key)
    throw new GatewayError(
      'InvalidArgument',
      400,
      "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.",
      { ArgumentName: 'key', ArgumentValue: '' },
    );
  const principal = await verifyPolicySignature(fields, {
    registry: context.registry,
    region: context.region,
  });
  const range = checkPolicyFields(
    decodePolicy(fields.get('policy') ?? ''),
    { bucket, fields },
    context.now(),
  );
  // S3 would put the file's name in place of ${filename}; s3rver does not, and nothing here needs it.
  if (key.includes(FILENAME_VARIABLE))
    throw new GatewayError(
      'InvalidArgument',
      400,
      `The local gateway does not substitute ${FILENAME_VARIABLE} in POST keys.`,
    );
  checkKey(key);
  const denial = await firstDenial(context.authorize, [postUploadAuthorization(principal, bucket, key)]);
  if (denial) {
    context.log('S3 POST upload denied', { ...denial.request, reason: denial.reason });
    throw accessDenied('s3', denial);
  }
  return range;
}

export async function handlePostUpload(
  request: IncomingMessage,
  response: ServerResponse,
  context: GatewayContext,
  bucket: string,
  cors: Record<string, string>,
): Promise<void> {
  const reader = new MultipartReader(request, boundaryOf(request.headers['content-type'])!);
  const spoolPath = join(context.spoolDir, randomUUID());
  try {
    const { fields, file } = await readFields(reader);
    if (!file)
      throw new GatewayError('InvalidArgument', 400, 'POST requires exactly one file upload per request.', {
        ArgumentName: 'file',
        ArgumentValue: 0,
      });
    const range = await admitForm(context, bucket, fields);
    const max = range?.max ?? MAX_POST_OBJECT_BYTES;
    const sink = fileSink(spoolPath);
    let size = 0;
    try {
      await reader.pipeBody(async (chunk) => {
        // Counted as it arrives: an oversized file is refused at its first byte over the limit, never stored.
        size += chunk.length;
        if (size > max) throw new FileTooLarge();
        await sink.write(chunk);
      });
      await sink.close();
    } catch (error) {
      sink.destroy();
      if (error instanceof FileTooLarge) throw entityTooLarge(max);
      throw error;
    }
    checkFileSize(range, size);
    // S3 ignores whatever follows the file.
    if (!(await reader.discardRest(DISCARD_LIMIT))) request.socket.destroy();
    const form = rebuiltForm(fields, file, spoolPath, size);
    await forward(response, {
      upstream: context.upstream.s3,
      method: 'POST',
      path: `/${encodeURIComponent(bucket)}`,
      headers: { 'content-type': form.contentType, 'content-length': String(form.length) },
      body: form.body,
      responseHeaders: responseHeadersFor(request, context, cors),
    });
  } catch (error) {
    // The client is still sending: take the rest of its body before answering, so it reads the refusal.
    if (!(await reader.discardRest(DISCARD_LIMIT).catch(() => false))) request.socket.destroy();
    throw error;
  } finally {
    await rm(spoolPath, { force: true });
  }
}
