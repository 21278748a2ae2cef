// The presigned POST policy as S3 enforces it, on forms made by the adapter's own createPresignedPost.
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { afterAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '../../../adapters/aws/s3-object-store.ts';
import type { GatewayError } from '../../../local/aws-gateway/errors.ts';
import {
  checkFileSize,
  checkPolicyFields,
  decodePolicy,
  verifyPolicySignature,
} from '../../../local/aws-gateway/post-policy.ts';
import { alice, region, registry } from './signing.ts';

const bucket = 'u4ssc-uploads';
const key = 'uploads/p1/u1.xlsx';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const client = new S3Client({
  region,
  credentials: alice,
  endpoint: 'http://127.0.0.1:4002',
  forcePathStyle: true,
});
afterAll(() => client.destroy());

/** The form the adapter issues for a workbook: key, content type and a size range fixed by the policy. */
async function adapterForm() {
  const post = await new S3ObjectStore(client, bucket).presignPost(key, {
    maxBytes: 1000,
    contentType: xlsx,
    expiresSeconds: 900,
  });
  return lowerCased(post.fields);
}

const lowerCased = (fields: Record<string, string>) =>
  new Map(Object.entries(fields).map(([name, value]) => [name.toLowerCase(), value]));

const issuedAt = new Date();
const policyOf = (fields: Map<string, string>) => decodePolicy(fields.get('policy') ?? '');
const refusal = (check: () => unknown) => {
  try {
    check();
  } catch (error) {
    const e = error as GatewayError;
    return { code: e.code, status: e.status, message: e.message };
  }
  return undefined;
};

describe('presigned POST policy', () => {
  it("passes the adapter's own form and gives the size range the file must keep to", async () => {
    const fields = await adapterForm();

    const range = checkPolicyFields(policyOf(fields), { bucket, fields }, issuedAt);

    expect(range).toEqual({ min: 1, max: 1000 });
    expect(await verifyPolicySignature(fields, { registry, region })).toBe('alice');
  });

  it('refuses a form whose key was changed', async () => {
    const fields = await adapterForm();
    fields.set('key', 'uploads/p1/someone-else.xlsx');

    expect(refusal(() => checkPolicyFields(policyOf(fields), { bucket, fields }, issuedAt))).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: `Invalid according to Policy: Policy Condition failed: ["eq", "$key", "${key}"]`,
    });
  });

  it('refuses another content type and another bucket', async () => {
    const fields = await adapterForm();
    const pdf = new Map(fields).set('content-type', 'application/pdf');

    expect(
      refusal(() => checkPolicyFields(policyOf(pdf), { bucket, fields: pdf }, issuedAt))?.message,
    ).toMatch(/Policy Condition failed: \["eq", "\$Content-Type"/);
    expect(
      refusal(() => checkPolicyFields(policyOf(fields), { bucket: 'u4ssc-documents', fields }, issuedAt))
        ?.message,
    ).toMatch(/Policy Condition failed: \["eq", "\$bucket"/);
  });

  it('refuses a field no condition covers, but not the ones S3 exempts', async () => {
    const fields = await adapterForm();
    const withExtra = new Map(fields).set('x-amz-meta-owner', 'mallory').set('success_action_status', '201');
    const withExempt = new Map(fields).set('x-ignore-tracking', '1').set('file', 'ignored');

    expect(
      refusal(() => checkPolicyFields(policyOf(withExtra), { bucket, fields: withExtra }, issuedAt)),
    ).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: 'Invalid according to Policy: Extra input fields: x-amz-meta-owner, success_action_status',
    });
    expect(
      refusal(() => checkPolicyFields(policyOf(withExempt), { bucket, fields: withExempt }, issuedAt)),
    ).toBe(undefined);
  });

  it('refuses a policy used after its expiration', async () => {
    const fields = await adapterForm();
    const later = new Date(issuedAt.getTime() + 901_000);

    expect(refusal(() => checkPolicyFields(policyOf(fields), { bucket, fields }, later))).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: 'Invalid according to Policy: Policy expired.',
    });
  });

  it('holds starts-with conditions on any field, and each of several content types to the prefix', async () => {
    // Fields passed to createPresignedPost are pinned exactly; these are left to the starts-with conditions.
    const post = await createPresignedPost(client, {
      Bucket: bucket,
      Key: 'evidence/p1/e1.pdf',
      Conditions: [
        ['starts-with', '$Content-Type', 'application/'],
        ['starts-with', '$x-amz-meta-note', ''],
      ],
    });
    const fields = lowerCased(post.fields)
      .set('content-type', 'application/pdf')
      .set('x-amz-meta-note', 'any');
    const check = (changes: Record<string, string | undefined>) => {
      const form = new Map(fields);
      for (const [name, value] of Object.entries(changes))
        if (value === undefined) form.delete(name);
        else form.set(name, value);
      return refusal(() => checkPolicyFields(policyOf(form), { bucket, fields: form }, issuedAt))?.message;
    };

    expect(check({})).toBeUndefined();
    expect(
      check({ 'x-amz-meta-note': 'something else', 'content-type': 'application/pdf, application/zip' }),
    ).toBe(undefined);
    expect(check({ 'content-type': 'application/pdf, image/png' })).toMatch(
      /"starts-with", "\$Content-Type"/,
    );
    expect(check({ 'x-amz-meta-note': undefined })).toMatch(/"starts-with", "\$x-amz-meta-note", ""/);
  });

  it('refuses a file outside the content-length-range with EntityTooLarge or EntityTooSmall', () => {
    const range = { min: 1, max: 1000 };

    expect(refusal(() => checkFileSize(range, 1001))).toMatchObject({ code: 'EntityTooLarge', status: 400 });
    expect(refusal(() => checkFileSize(range, 0))).toMatchObject({ code: 'EntityTooSmall', status: 400 });
    expect(refusal(() => checkFileSize(range, 1000))).toBeUndefined();
  });

  it('refuses a policy changed after signing, and one signed with an unknown key', async () => {
    const fields = await adapterForm();
    const document = JSON.parse(Buffer.from(fields.get('policy') ?? '', 'base64').toString());
    document.conditions = document.conditions.map((c: unknown) =>
      Array.isArray(c) && c[0] === 'content-length-range' ? ['content-length-range', 1, 10 ** 9] : c,
    );
    const loosened = new Map(fields).set('policy', Buffer.from(JSON.stringify(document)).toString('base64'));
    const foreign = new Map(fields).set(
      'x-amz-credential',
      (fields.get('x-amz-credential') ?? '').replace(alice.accessKeyId, 'LOCALMALLORY'),
    );

    await expect(verifyPolicySignature(loosened, { registry, region })).rejects.toMatchObject({
      code: 'SignatureDoesNotMatch',
      status: 403,
    });
    await expect(verifyPolicySignature(foreign, { registry, region })).rejects.toMatchObject({
      code: 'InvalidAccessKeyId',
      status: 403,
    });
  });

  it('refuses a policy that is not JSON with an expiration and conditions', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

    expect(refusal(() => decodePolicy('not base64 json'))).toMatchObject({ code: 'InvalidPolicyDocument' });
    expect(refusal(() => decodePolicy(encode({ conditions: [] })))).toMatchObject({
      code: 'InvalidPolicyDocument',
    });
    expect(
      refusal(() => decodePolicy(encode({ expiration: '2030-01-01T00:00:00Z', conditions: [['lt', 1]] }))),
    ).toMatchObject({
      code: 'InvalidPolicyDocument',
    });
  });
});
