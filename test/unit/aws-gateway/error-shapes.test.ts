// Refusals in each service's wire shape and words, so an SDK raises the same error class as against AWS.
import { describe, expect, it } from 'vitest';
import {
  accessDenied,
  allowRegisteredPrincipals,
  firstDenial,
} from '../../../local/aws-gateway/authorization.ts';
import { corsResponseHeaders, preflight } from '../../../local/aws-gateway/cors.ts';
import { dynamoErrorBody, GatewayError, s3ErrorXml } from '../../../local/aws-gateway/errors.ts';
import type { SigV4FailureKind } from '../../../local/aws-gateway/sigv4.ts';
import { sigV4Error } from '../../../local/aws-gateway/sigv4-errors.ts';
import { registry } from './signing.ts';

const failure = (kind: SigV4FailureKind) => ({ kind, detail: 'detail', accessKeyId: 'LOCALX' });
const codeAndStatus = (error: GatewayError) => [error.code, error.status];

describe('error shapes', () => {
  it("writes S3's XML error document with its extra elements", () => {
    const xml = s3ErrorXml(
      new GatewayError('EntityTooLarge', 400, 'Too <big>', { MaxSizeAllowed: 10 }),
      'REQ1',
    );

    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>EntityTooLarge</Code><Message>Too &lt;big&gt;</Message><MaxSizeAllowed>10</MaxSizeAllowed><RequestId>REQ1</RequestId><HostId>REQ1</HostId></Error>',
    );
  });

  it("writes DynamoDB's JSON error, validation errors in their own namespace", () => {
    expect(JSON.parse(dynamoErrorBody(new GatewayError('ValidationException', 400, 'm')))).toEqual({
      __type: 'com.amazon.coral.validate#ValidationException',
      message: 'm',
    });
    expect(JSON.parse(dynamoErrorBody(new GatewayError('AccessDeniedException', 400, 'm'))).__type).toBe(
      'com.amazon.coral.service#AccessDeniedException',
    );
  });

  it('words signature failures as S3 does', () => {
    expect(codeAndStatus(sigV4Error('s3', failure('missing')))).toEqual(['AccessDenied', 403]);
    expect(codeAndStatus(sigV4Error('s3', failure('unknown-key')))).toEqual(['InvalidAccessKeyId', 403]);
    expect(codeAndStatus(sigV4Error('s3', failure('bad-signature')))).toEqual(['SignatureDoesNotMatch', 403]);
    expect(codeAndStatus(sigV4Error('s3', failure('skewed')))).toEqual(['RequestTimeTooSkewed', 403]);
    expect(sigV4Error('s3', { kind: 'expired', detail: 'Request has expired' })).toMatchObject({
      code: 'AccessDenied',
      message: 'Request has expired',
    });
  });

  it('words signature failures as DynamoDB (400) and SES (403) do', () => {
    expect(codeAndStatus(sigV4Error('dynamodb', failure('unknown-key')))).toEqual([
      'UnrecognizedClientException',
      400,
    ]);
    expect(codeAndStatus(sigV4Error('dynamodb', failure('bad-signature')))).toEqual([
      'InvalidSignatureException',
      400,
    ]);
    expect(codeAndStatus(sigV4Error('dynamodb', failure('skewed')))).toEqual([
      'InvalidSignatureException',
      400,
    ]);
    expect(codeAndStatus(sigV4Error('dynamodb', failure('missing')))).toEqual([
      'MissingAuthenticationTokenException',
      400,
    ]);
    expect(codeAndStatus(sigV4Error('ses', failure('unknown-key')))).toEqual([
      'UnrecognizedClientException',
      403,
    ]);
  });

  it("names the principal's session, the action and the resource of a denial", () => {
    const request = {
      principal: 'embedded',
      service: 'dynamodb' as const,
      action: 'dynamodb:PutItem',
      resources: ['arn:aws:dynamodb:us-east-1:000000000000:table/u4ssc-local'],
      context: {},
    };

    expect(accessDenied('dynamodb', { request })).toMatchObject({
      code: 'AccessDeniedException',
      status: 400,
      message:
        'User: arn:aws:sts::000000000000:assumed-role/embedded/embedded is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:000000000000:table/u4ssc-local because no identity-based policy allows the dynamodb:PutItem action',
    });
    expect(codeAndStatus(accessDenied('s3', { request: { ...request, service: 's3' } }))).toEqual([
      'AccessDenied',
      403,
    ]);
    expect(codeAndStatus(accessDenied('ses', { request: { ...request, service: 'ses' } }))).toEqual([
      'AccessDeniedException',
      403,
    ]);
  });
});

describe('the authorization hook', () => {
  const ask = (principal: string, action = 's3:GetObject') => ({
    principal,
    service: 's3' as const,
    action,
    resources: ['arn:aws:s3:::u4ssc-documents/x'],
    context: {},
  });

  it('allows every registered principal by default, and nobody else', async () => {
    const authorize = allowRegisteredPrincipals(registry);

    expect(await firstDenial(authorize, [ask('alice')])).toBeUndefined();
    expect((await firstDenial(authorize, [ask('mallory')]))?.request.principal).toBe('mallory');
  });

  it('returns the first request a deny-list refuses, with its reason', async () => {
    const denied = new Set(['s3:PutObject']);
    const authorize = (request: { action: string }) =>
      denied.has(request.action) ? { allowed: false, reason: 'the test denies it' } : { allowed: true };

    const denial = await firstDenial(authorize, [ask('alice'), ask('alice', 's3:PutObject')]);

    expect(denial).toMatchObject({ request: { action: 's3:PutObject' }, reason: 'the test denies it' });
  });

  it('hands the authorizer only requests of the documented shape', async () => {
    await expect(
      firstDenial(() => ({ allowed: true }), [{ ...ask('alice'), action: 'PutObject' }]),
    ).rejects.toThrow();
  });
});

describe('CORS', () => {
  const portal = new Set(['http://127.0.0.1:4000']);

  it("echoes the portal's origin, never '*', and varies on Origin", () => {
    expect(corsResponseHeaders({ origin: 'http://127.0.0.1:4000' }, portal)).toEqual({
      'access-control-allow-origin': 'http://127.0.0.1:4000',
      'access-control-expose-headers': 'ETag',
      vary: 'Origin',
    });
    expect(corsResponseHeaders({ origin: 'http://evil.test' }, portal)).toEqual({ vary: 'Origin' });
  });

  it('answers a preflight from another origin with 403, as S3 does', () => {
    const refusal = (headers: Record<string, string>) => {
      try {
        preflight(headers, portal);
      } catch (error) {
        return codeAndStatus(error as GatewayError);
      }
      return undefined;
    };

    expect(refusal({ origin: 'http://evil.test', 'access-control-request-method': 'POST' })).toEqual([
      'AccessForbidden',
      403,
    ]);
    expect(refusal({ origin: 'http://127.0.0.1:4000', 'access-control-request-method': 'DELETE' })).toEqual([
      'AccessForbidden',
      403,
    ]);
    expect(refusal({ 'access-control-request-method': 'POST' })).toEqual(['BadRequest', 400]);
    expect(
      preflight({ origin: 'http://127.0.0.1:4000', 'access-control-request-method': 'POST' }, portal)[
        'access-control-allow-origin'
      ],
    ).toBe('http://127.0.0.1:4000');
  });
});
