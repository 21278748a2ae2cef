// SigV4 verification against the registry: requests the SDK's signer made pass; tampered, foreign, skewed or
// expired ones fail with the reason AWS would give.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../local/aws-gateway/sha256.ts';
import { type SignableRequest, type VerifyOptions, verifySigV4 } from '../../../local/aws-gateway/sigv4.ts';
import { alice, presigned, region, registry, signed, signedAt } from './signing.ts';

const minutes = (n: number) => new Date(signedAt.getTime() + n * 60_000);
const s3Options = (now = signedAt): VerifyOptions => ({ service: 's3', region, registry, now });
const putObject = {
  method: 'PUT',
  path: '/u4ssc-uploads/uploads/p1/u%C3%A9%20x.xlsx',
  query: { 'x-id': 'PutObject' },
  headers: { 'content-type': 'text/plain', 'if-none-match': '*' },
  body: 'hello',
};
const dynamoBody = JSON.stringify({
  TableName: 'u4ssc-local',
  Key: { pk: { S: 'PILOT#p1' }, sk: { S: 'STATE' } },
});
const getItem = {
  method: 'POST',
  path: '/',
  headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.GetItem' },
  body: dynamoBody,
};
const dynamoOptions = (now = signedAt, body = dynamoBody): VerifyOptions => ({
  service: 'dynamodb',
  region,
  registry,
  now,
  bodySha256: sha256Hex(body),
});

const failureOf = async (request: SignableRequest, options: VerifyOptions) => {
  const result = await verifySigV4(request, options);
  return result.ok ? undefined : result.failure.kind;
};

describe('SigV4 header authentication', () => {
  it('names the principal of an S3 request signed with a registered key', async () => {
    const request = await signed('s3', putObject);

    const result = await verifySigV4(request, s3Options());

    expect(result).toMatchObject({
      ok: true,
      signature: {
        principal: 'alice',
        accessKeyId: alice.accessKeyId,
        presigned: false,
        payloadHash: sha256Hex('hello'),
      },
    });
  });

  it('accepts an S3 request whose body is declared UNSIGNED-PAYLOAD or streamed', async () => {
    for (const mode of ['UNSIGNED-PAYLOAD', 'STREAMING-UNSIGNED-PAYLOAD-TRAILER']) {
      const request = await signed('s3', { ...putObject, headers: { 'x-amz-content-sha256': mode } });

      const result = await verifySigV4(request, s3Options());

      expect(result).toMatchObject({ ok: true, signature: { payloadHash: mode } });
    }
  });

  it('verifies a DynamoDB request over its body', async () => {
    const request = await signed('dynamodb', getItem);

    expect(await failureOf(request, dynamoOptions())).toBeUndefined();
  });

  it('refuses a request changed after signing: another key, another header, another body', async () => {
    const request = await signed('s3', putObject);
    const otherKey = { ...request, path: request.path.replace('p1', 'p2') };
    const otherType = { ...request, headers: { ...request.headers, 'content-type': 'application/pdf' } };
    const dynamo = await signed('dynamodb', getItem);
    const otherBody = dynamoBody.replace('p1', 'p2');

    expect(await failureOf(otherKey, s3Options())).toBe('bad-signature');
    expect(await failureOf(otherType, s3Options())).toBe('bad-signature');
    expect(await failureOf(dynamo, dynamoOptions(signedAt, otherBody))).toBe('payload-mismatch');
  });

  it('refuses an unknown access key and a wrong secret', async () => {
    const stranger = await signed('s3', putObject, {
      credentials: { ...alice, accessKeyId: 'LOCALMALLORY' },
    });
    const wrongSecret = await signed('s3', putObject, {
      credentials: { ...alice, secretAccessKey: 'guessed' },
    });

    expect(await failureOf(stranger, s3Options())).toBe('unknown-key');
    expect(await failureOf(wrongSecret, s3Options())).toBe('bad-signature');
  });

  it('refuses a request signed more than 15 minutes from now, and takes one signed 14 minutes ago', async () => {
    const request = await signed('dynamodb', getItem);

    expect(await failureOf(request, dynamoOptions(minutes(16)))).toBe('skewed');
    expect(await failureOf(request, dynamoOptions(minutes(-16)))).toBe('skewed');
    expect(await failureOf(request, dynamoOptions(minutes(14)))).toBeUndefined();
  });

  it('refuses a credential scoped to another region or service', async () => {
    const elsewhere = await signed('s3', putObject, { region: 'eu-west-1' });
    const forDynamo = await signed('dynamodb', getItem);

    expect(await failureOf(elsewhere, s3Options())).toBe('wrong-region');
    expect(await failureOf(forDynamo, { ...dynamoOptions(), service: 'ses' })).toBe('wrong-service');
  });

  it('refuses an x-amz-* header added after signing, as S3 does', async () => {
    const request = await signed('s3', putObject);
    const smuggled = {
      ...request,
      headers: { ...request.headers, 'x-amz-copy-source': 'u4ssc-documents/x' },
    };

    expect(await failureOf(smuggled, s3Options())).toBe('unsigned-headers');
  });

  it('says a request carries no signature at all', async () => {
    expect(
      await failureOf(
        { method: 'GET', path: '/u4ssc-uploads', query: {}, headers: { host: 'h' } },
        s3Options(),
      ),
    ).toBe('missing');
  });
});

describe('SigV4 presigned URLs', () => {
  const getObject = {
    method: 'GET',
    path: '/u4ssc-documents/reports/p1/r%20(1).pdf',
    query: {
      'response-content-disposition': "attachment; filename*=UTF-8''r%20(1).pdf",
      'x-id': 'GetObject',
    },
  };

  it('names the principal that presigned a download within its lifetime', async () => {
    const request = await presigned(getObject, { expiresIn: 900 });

    const result = await verifySigV4(request, s3Options(minutes(14)));

    expect(result).toMatchObject({ ok: true, signature: { principal: 'alice', presigned: true } });
  });

  it('refuses a link used after it expired, or before it was signed', async () => {
    const request = await presigned(getObject, { expiresIn: 60 });

    expect(await failureOf(request, s3Options(minutes(2)))).toBe('expired');
    expect(await failureOf(request, s3Options(minutes(-20)))).toBe('not-yet-valid');
  });

  it('refuses a link whose object or response override was changed', async () => {
    const request = await presigned(getObject);
    const otherObject = { ...request, path: '/u4ssc-documents/reports/p2/r%20(1).pdf' };
    const otherName = { ...request, query: { ...request.query, 'response-content-disposition': 'inline' } };

    expect(await failureOf(otherObject, s3Options())).toBe('bad-signature');
    expect(await failureOf(otherName, s3Options())).toBe('bad-signature');
  });

  it('refuses a lifetime over seven days as malformed', async () => {
    const request = await presigned(getObject);
    const tooLong = { ...request, query: { ...request.query, 'X-Amz-Expires': String(8 * 24 * 3600) } };

    expect(await failureOf(tooLong, s3Options())).toBe('malformed');
  });
});
