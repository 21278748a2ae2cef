// The real emulators behind the AWS gateway, called with real SDK clients and plain fetch: what AWS would refuse
// is refused with AWS's error, and a refused write leaves nothing behind.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { S3rverEvent } from 's3rver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isLockedUploadKey } from '../../adapters/aws/object-lock.ts';
import { S3ObjectStore } from '../../adapters/aws/s3-object-store.ts';
import type { AuthorizationRequest } from '../../local/aws-gateway/authorization.ts';
import type { Credentials } from '../../local/aws-gateway/credentials.ts';
import { localNames } from '../../local/config.ts';
import { type Emulators, startEmulators } from '../../local/emulators.ts';
import { tempDataDir, testPort } from '../support/runtime.ts';

const { region, tableName } = localNames;
const { uploads: uploadsBucket, documents: documentsBucket } = localNames.buckets;
const portal = 'http://127.0.0.1:4000';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let dataDir: string;
let emulators: Emulators;
/** The fake authorizer's deny-list: IAM actions refused to everyone. */
const deniedActions = new Set<string>();
const asked: AuthorizationRequest[] = [];
const events: S3rverEvent['Records'] = [];

const s3Client = (credentials: Credentials = emulators.credentials) =>
  new S3Client({
    endpoint: emulators.endpoints.s3,
    region,
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
  });
const dynamoClient = (credentials: Credentials = emulators.credentials) =>
  new DynamoDBClient({ endpoint: emulators.endpoints.dynamodb, region, credentials, maxAttempts: 1 });

let s3: S3Client;
let uploads: S3ObjectStore;

beforeAll(async () => {
  dataDir = tempDataDir();
  const port = testPort();
  emulators = await startEmulators({
    dataDir,
    host: '127.0.0.1',
    ports: { dynamodb: port + 1, s3: port + 2, mail: port + 3 },
    ...localNames,
    corsOrigins: [portal],
    authorize: (request) => {
      asked.push(request);
      return deniedActions.has(request.action)
        ? { allowed: false, reason: 'the test authorizer denies it' }
        : { allowed: true };
    },
  });
  emulators.onS3Event((event) => events.push(...event.Records));
  s3 = s3Client();
  uploads = new S3ObjectStore(s3, uploadsBucket);
});

afterAll(async () => {
  s3?.destroy();
  await emulators?.stop();
});

beforeEach(() => {
  deniedActions.clear();
  asked.length = 0;
});

/** Every key of the uploads bucket, listed with valid credentials. */
const storedKeys = () => uploads.list('');

async function postForm(
  url: string,
  fields: Record<string, string>,
  file: Uint8Array,
  init: RequestInit = {},
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file)], { type: fields['Content-Type'] }), 'kpi-data.xlsx');
  const response = await fetch(url, { method: 'POST', body: form, ...init });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

const s3Code = (xml: string) => /<Code>([^<]+)<\/Code>/.exec(xml)?.[1];
const s3Message = (xml: string) =>
  /<Message>([^<]+)<\/Message>/
    .exec(xml)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const workbook = (bytes: number, fill = 1) => new Uint8Array(bytes).fill(fill);

describe('requests without valid credentials', () => {
  it('refuses unsigned listing, reading and writing of both buckets with AccessDenied', async () => {
    await uploads.put('uploads/kept/a.txt', Buffer.from('kept'), 'text/plain');
    const base = emulators.endpoints.s3;

    const answers = await Promise.all([
      fetch(`${base}/${uploadsBucket}?list-type=2`),
      fetch(`${base}/${documentsBucket}`),
      fetch(`${base}/${uploadsBucket}/uploads/kept/a.txt`),
      fetch(`${base}/${uploadsBucket}/uploads/kept/b.txt`, { method: 'PUT', body: 'written' }),
    ]);

    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(s3Code(await answer.text())).toBe('AccessDenied');
    }
    expect(await storedKeys()).not.toContain('uploads/kept/b.txt');
  });

  it('refuses a wrong secret and an unknown key, for S3 and DynamoDB alike', async () => {
    const wrongSecret = { ...emulators.credentials, secretAccessKey: 'not-the-secret' };
    const unknown = { accessKeyId: 'LOCALMALLORY', secretAccessKey: 'whatever-it-is' };
    const put = new PutObjectCommand({ Bucket: uploadsBucket, Key: 'uploads/forged.txt', Body: 'forged' });
    const get = new GetItemCommand({ TableName: tableName, Key: { pk: { S: 'x' }, sk: { S: 'y' } } });

    await expect(s3Client(wrongSecret).send(put)).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    await expect(s3Client(unknown).send(put)).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    await expect(dynamoClient(wrongSecret).send(get)).rejects.toMatchObject({
      name: 'InvalidSignatureException',
    });
    await expect(dynamoClient(unknown).send(get)).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
    });
    expect(await storedKeys()).not.toContain('uploads/forged.txt');
  });
});

describe('presigned downloads', () => {
  it("serve the object with the link's download name, and refuse an expired or altered link", async () => {
    await uploads.put('evidence/p1/e1.pdf', Buffer.from('%PDF-1.7'), 'application/pdf');
    const url = await uploads.presignGet('evidence/p1/e1.pdf', 'evidence (1).pdf', 60);
    const expired = await getSignedUrl(
      s3,
      new GetObjectCommand({ Bucket: uploadsBucket, Key: 'evidence/p1/e1.pdf' }),
      {
        expiresIn: 60,
        signingDate: new Date(Date.now() - 120_000),
      },
    );

    const served = await fetch(url);
    const late = await fetch(expired);
    const altered = await fetch(url.replace('e1.pdf', 'e2.pdf'));

    expect(served.status).toBe(200);
    expect(await served.text()).toBe('%PDF-1.7');
    expect(served.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''evidence%20(1).pdf");
    expect(late.status).toBe(403);
    expect(s3Message(await late.text())).toBe('Request has expired');
    expect(s3Code(await altered.text())).toBe('SignatureDoesNotMatch');
  });
});

describe('presigned POST uploads', () => {
  const limits = { maxBytes: 1000, contentType: xlsx, expiresSeconds: 900 };

  it("stores the adapter's form with its file, and the upload raises ObjectCreated:Post", async () => {
    const post = await uploads.presignPost('uploads/p1/u1.xlsx', limits);

    const answer = await postForm(post.url, post.fields, workbook(500));
    const askedByTheUpload = [...asked];

    expect(answer.status).toBe(204);
    expect(await uploads.head('uploads/p1/u1.xlsx')).toEqual({
      size: 500,
      contentType: xlsx,
      tag: expect.stringMatching(/^"[0-9a-f]{32}"$/),
    });
    expect(events.map((e) => [e.eventName, e.s3.object.key])).toContainEqual([
      'ObjectCreated:Post',
      'uploads/p1/u1.xlsx',
    ]);
    expect(askedByTheUpload.map((r) => [r.action, r.resources])).toEqual([
      ['s3:PutObject', [`arn:aws:s3:::${uploadsBucket}/uploads/p1/u1.xlsx`]],
    ]);
  });

  it('refuses the same form with another key, leaving the other object as it was', async () => {
    await uploads.put('uploads/p2/victim.xlsx', Buffer.from('original'), xlsx);
    const post = await uploads.presignPost('uploads/p2/mine.xlsx', limits);

    const answer = await postForm(post.url, { ...post.fields, key: 'uploads/p2/victim.xlsx' }, workbook(10));

    expect(answer.status).toBe(403);
    expect(s3Code(answer.body)).toBe('AccessDenied');
    expect(s3Message(answer.body)).toMatch(
      /^Invalid according to Policy: Policy Condition failed: \["eq", "\$key"/,
    );
    expect((await uploads.get('uploads/p2/victim.xlsx')).toString()).toBe('original');
    expect(await storedKeys()).not.toContain('uploads/p2/mine.xlsx');
  });

  it('refuses an extra field, an expired policy and an oversized file, storing nothing', async () => {
    const extra = await uploads.presignPost('uploads/p3/extra.xlsx', limits);
    const expired = await uploads.presignPost('uploads/p3/expired.xlsx', { ...limits, expiresSeconds: -60 });
    const oversized = await uploads.presignPost('uploads/p3/big.xlsx', limits);

    const withExtra = await postForm(
      extra.url,
      { ...extra.fields, 'x-amz-meta-owner': 'mallory' },
      workbook(10),
    );
    const late = await postForm(expired.url, expired.fields, workbook(10));
    const big = await postForm(oversized.url, oversized.fields, workbook(1001));

    expect([withExtra.status, s3Code(withExtra.body), s3Message(withExtra.body)]).toEqual([
      403,
      'AccessDenied',
      'Invalid according to Policy: Extra input fields: x-amz-meta-owner',
    ]);
    expect([late.status, s3Code(late.body), s3Message(late.body)]).toEqual([
      403,
      'AccessDenied',
      'Invalid according to Policy: Policy expired.',
    ]);
    expect([big.status, s3Code(big.body)]).toEqual([400, 'EntityTooLarge']);
    expect((await storedKeys()).filter((key) => key.startsWith('uploads/p3/'))).toEqual([]);
  });

  it("refuses a signed key with '..' before s3rver could write outside the bucket's folder", async () => {
    const post = await uploads.presignPost('uploads/../../escaped.xlsx', limits);

    const answer = await postForm(post.url, post.fields, workbook(10));

    expect([answer.status, s3Code(answer.body)]).toEqual([400, 'InvalidArgument']);
    expect(await storedKeys()).not.toContain('uploads/../../escaped.xlsx');
    expect(existsSync(join(dataDir, 'escaped.xlsx._S3rver_object'))).toBe(false);
    expect(readdirSync(dataDir).filter((name) => name.includes('escaped'))).toEqual([]);
  });

  it('refuses an upload the authorizer denies to the presigning principal', async () => {
    deniedActions.add('s3:PutObject');
    const post = await uploads.presignPost('uploads/p4/denied.xlsx', limits);

    const answer = await postForm(post.url, post.fields, workbook(10));

    expect([answer.status, s3Code(answer.body)]).toEqual([403, 'AccessDenied']);
    expect(s3Message(answer.body)).toMatch(
      /^User: arn:aws:sts::000000000000:assumed-role\/embedded\/embedded is not authorized to perform: s3:PutObject/,
    );
    expect(await storedKeys()).not.toContain('uploads/p4/denied.xlsx');
  });
});

describe('CORS', () => {
  it("answers the portal's preflight with its origin, and refuses another origin's", async () => {
    const preflight = (origin: string) =>
      fetch(`${emulators.endpoints.s3}/${uploadsBucket}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });

    const fromPortal = await preflight(portal);
    const fromElsewhere = await preflight('http://evil.test');

    expect(fromPortal.status).toBe(200);
    expect(fromPortal.headers.get('access-control-allow-origin')).toBe(portal);
    expect(fromPortal.headers.get('vary')).toContain('Origin');
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("gives another origin's POST no CORS headers, so its page cannot read the answer", async () => {
    const post = await uploads.presignPost('uploads/p5/cors.xlsx', {
      maxBytes: 100,
      contentType: xlsx,
      expiresSeconds: 900,
    });

    const fromPortal = await postForm(post.url, post.fields, workbook(10), { headers: { origin: portal } });
    const fromElsewhere = await postForm(post.url, post.fields, workbook(10), {
      headers: { origin: 'http://evil.test' },
    });

    expect(fromPortal.headers.get('access-control-allow-origin')).toBe(portal);
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('signed SDK calls', () => {
  it("refuses an S3 write the authorizer denies, and asks about CopyObject's source and target", async () => {
    deniedActions.add('s3:PutObject');

    await expect(uploads.put('uploads/p6/denied.txt', Buffer.from('x'), 'text/plain')).rejects.toMatchObject({
      name: 'AccessDenied',
    });
    deniedActions.clear();
    await uploads.put('uploads/p6/source.txt', Buffer.from('x'), 'text/plain');
    asked.length = 0;
    await uploads.copy('uploads/p6/source.txt', 'submissions/p6/copy.txt');
    const askedByTheCopy = [...asked];

    expect(await storedKeys()).not.toContain('uploads/p6/denied.txt');
    expect(askedByTheCopy.map((r) => [r.action, r.resources[0]])).toEqual([
      ['s3:GetObject', `arn:aws:s3:::${uploadsBucket}/uploads/p6/source.txt`],
      ['s3:PutObject', `arn:aws:s3:::${uploadsBucket}/submissions/p6/copy.txt`],
    ]);
  });

  it('refuses to replace an object when the put says If-None-Match: *', async () => {
    await uploads.put('uploads/p7/once.txt', Buffer.from('first'), 'text/plain');

    await expect(
      uploads.put('uploads/p7/once.txt', Buffer.from('second'), 'text/plain'),
    ).rejects.toMatchObject({
      name: 'PreconditionFailed',
    });
    expect((await uploads.get('uploads/p7/once.txt')).toString()).toBe('first');
  });

  it('refuses a DynamoDB item over 400 KB with ValidationException, storing nothing', async () => {
    const dynamo = dynamoClient();
    const key = { pk: { S: 'PILOT#big' }, sk: { S: 'STATE' } };

    await expect(
      dynamo.send(
        new PutItemCommand({ TableName: tableName, Item: { ...key, view: { S: 'x'.repeat(410_000) } } }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Item size has exceeded the maximum allowed size',
    });
    const stored = await dynamo.send(
      new GetItemCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
    );
    dynamo.destroy();

    expect(stored.Item).toBeUndefined();
  });

  it('refuses a DynamoDB write the authorizer denies with AccessDeniedException, naming the table', async () => {
    deniedActions.add('dynamodb:PutItem');
    const dynamo = dynamoClient();
    const key = { pk: { S: 'PILOT#denied' }, sk: { S: 'STATE' } };

    const refusal = dynamo.send(new PutItemCommand({ TableName: tableName, Item: key }));

    await expect(refusal).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining(
        `dynamodb:PutItem on resource: arn:aws:dynamodb:${region}:000000000000:table/${tableName}`,
      ),
    });
    deniedActions.clear();
    expect((await dynamo.send(new GetItemCommand({ TableName: tableName, Key: key }))).Item).toBeUndefined();
    dynamo.destroy();
  });

  it('sends e-mail through SES with the sender as ses:FromAddress, and refuses it when denied', async () => {
    const ses = new SESv2Client({
      endpoint: emulators.endpoints.mail,
      region,
      credentials: emulators.credentials,
      maxAttempts: 1,
    });
    const email = new SendEmailCommand({
      FromEmailAddress: localNames.fromAddress,
      Destination: { ToAddresses: ['city@aurora.test'] },
      Content: { Simple: { Subject: { Data: 'Hello' }, Body: { Text: { Data: 'Body' } } } },
    });

    const sent = await ses.send(email);
    deniedActions.add('ses:SendEmail');
    const denied = ses.send(email);

    expect(sent.MessageId).toBeTruthy();
    await expect(denied).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(asked[0]).toMatchObject({
      action: 'ses:SendEmail',
      resources: [`arn:aws:ses:${region}:000000000000:identity/${localNames.fromAddress}`],
      context: { 'ses:FromAddress': localNames.fromAddress, 'ses:Recipients': ['city@aurora.test'] },
    });
    const inbox = (await (await fetch(`${emulators.endpoints.mail}/emails`)).json()) as { emails: unknown[] };
    expect(inbox.emails).toHaveLength(1);
    ses.destroy();
  });

  it("rejects an e-mail over SES v2's 40 MB message limit with MessageRejected, keeping nothing", async () => {
    const ses = new SESv2Client({
      endpoint: emulators.endpoints.mail,
      region,
      credentials: emulators.credentials,
    });
    const inbox = async () =>
      ((await (await fetch(`${emulators.endpoints.mail}/emails`)).json()) as { emails: unknown[] }).emails
        .length;
    const before = await inbox();
    // 31 MB of text is over 41 MB once base64-encoded in the message.
    const huge = new SendEmailCommand({
      FromEmailAddress: localNames.fromAddress,
      Destination: { ToAddresses: ['city@aurora.test'] },
      Content: {
        Simple: { Subject: { Data: 'Huge' }, Body: { Text: { Data: 'a'.repeat(31 * 1024 * 1024) } } },
      },
    });

    await expect(ses.send(huge)).rejects.toMatchObject({ name: 'MessageRejected' });
    expect(await inbox()).toBe(before);
    ses.destroy();
  });

  it('lists part of a bucket for a signed caller, asking for ListBucket with the prefix', async () => {
    await uploads.put('listed/p8/a.txt', Buffer.from('a'), 'text/plain');
    asked.length = 0;

    const listed = await s3.send(new ListObjectsV2Command({ Bucket: uploadsBucket, Prefix: 'listed/' }));

    expect(listed.Contents?.map((c) => c.Key)).toEqual(['listed/p8/a.txt']);
    expect(asked).toMatchObject([
      {
        action: 's3:ListBucket',
        resources: [`arn:aws:s3:::${uploadsBucket}`],
        context: { 's3:prefix': 'listed/' },
      },
    ]);
  });
});

describe('Object Lock, as the stacks configure it (documents by default retention, stored submissions by their copy)', () => {
  const documents = () => new S3ObjectStore(s3, documentsBucket);
  const lockingUploads = () =>
    new S3ObjectStore(s3, uploadsBucket, { ...localNames.objectLock, accepts: isLockedUploadKey });
  const text = async (bucket: string, key: string) =>
    (await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body?.transformToString()) ??
    '';

  it('refuses a put without a checksum into the documents bucket, as S3 does with a default retention', async () => {
    await expect(
      s3.send(new PutObjectCommand({ Bucket: documentsBucket, Key: 'reports/l1/raw.txt', Body: 'x' })),
    ).rejects.toMatchObject({ name: 'InvalidRequest', $metadata: { httpStatusCode: 400 } });
    await documents().put('reports/l1/adapter.txt', Buffer.from('kept'), 'text/plain');

    expect(await documents().head('reports/l1/raw.txt')).toBeUndefined();
    expect(await text(documentsBucket, 'reports/l1/adapter.txt')).toBe('kept');
  });

  it('refuses to overwrite or delete a locked document, which stays as it was', async () => {
    await documents().put('certificates/l2/c.pdf', Buffer.from('original'), 'application/pdf');
    const overwrite = new PutObjectCommand({
      Bucket: documentsBucket,
      Key: 'certificates/l2/c.pdf',
      Body: 'forged',
      ChecksumAlgorithm: 'SHA256',
    });

    await expect(s3.send(overwrite)).rejects.toMatchObject({ name: 'AccessDenied' });
    await expect(
      s3.send(new DeleteObjectCommand({ Bucket: documentsBucket, Key: 'certificates/l2/c.pdf' })),
    ).rejects.toMatchObject({ name: 'AccessDenied', message: expect.stringMatching(/object lock/) });
    expect(await text(documentsBucket, 'certificates/l2/c.pdf')).toBe('original');
  });

  it('locks a stored submission through its copy, asking for s3:PutObjectRetention, and then refuses changes', async () => {
    await uploads.put('uploads/l3/u.xlsx', Buffer.from('workbook'), xlsx);
    await uploads.put('uploads/l3/other.xlsx', Buffer.from('other'), xlsx);
    asked.length = 0;
    await lockingUploads().copy('uploads/l3/u.xlsx', 'submissions/l3/v001-u.xlsx');
    const askedByTheCopy = asked.map((r) => r.action);

    const copyOver = new CopyObjectCommand({
      Bucket: uploadsBucket,
      Key: 'submissions/l3/v001-u.xlsx',
      CopySource: `${uploadsBucket}/uploads/l3/other.xlsx`,
    });
    await expect(s3.send(copyOver)).rejects.toMatchObject({ name: 'AccessDenied' });
    await expect(
      s3.send(new DeleteObjectCommand({ Bucket: uploadsBucket, Key: 'submissions/l3/v001-u.xlsx' })),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    // The upload area is not locked: an upload may be replaced or cleared.
    await s3.send(new DeleteObjectCommand({ Bucket: uploadsBucket, Key: 'uploads/l3/other.xlsx' }));

    expect(askedByTheCopy).toEqual(['s3:GetObject', 's3:PutObject', 's3:PutObjectRetention']);
    expect(await text(uploadsBucket, 'submissions/l3/v001-u.xlsx')).toBe('workbook');
    expect(await uploads.head('uploads/l3/other.xlsx')).toBeUndefined();
  });

  it('locks the kept copy of a piece of evidence the same way, so the record’s file cannot change', async () => {
    await uploads.put('uploads/l5/e.pdf', Buffer.from('%PDF evidence'), 'application/pdf');
    await lockingUploads().copy('uploads/l5/e.pdf', 'kept/evidence/l5/e.pdf');

    await expect(
      s3.send(new DeleteObjectCommand({ Bucket: uploadsBucket, Key: 'kept/evidence/l5/e.pdf' })),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    expect(await text(uploadsBucket, 'kept/evidence/l5/e.pdf')).toBe('%PDF evidence');
  });

  it('refuses a copy with If-None-Match: * onto an existing key with PreconditionFailed', async () => {
    await uploads.put('uploads/l4/a.txt', Buffer.from('a'), 'text/plain');
    await uploads.copy('uploads/l4/a.txt', 'copies/l4/a.txt');

    await expect(uploads.copy('uploads/l4/a.txt', 'copies/l4/a.txt')).rejects.toMatchObject({
      name: 'PreconditionFailed',
    });
  });
});
