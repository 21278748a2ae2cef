// How each service words a SigV4 failure: S3 answers 403/400 with its codes, DynamoDB 400 with the coral ones,
// SES v2 (REST-JSON) 403 with those same names.
import { GatewayError, type Service } from './errors.ts';
import type { SigV4Failure } from './sigv4.ts';

const BAD_SIGNATURE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

function s3Error(failure: SigV4Failure): GatewayError {
  const key = failure.accessKeyId ? { AWSAccessKeyId: failure.accessKeyId } : undefined;
  switch (failure.kind) {
    case 'missing':
      // No credentials at all is an anonymous request, and nothing here is public.
      return new GatewayError('AccessDenied', 403, 'Access Denied');
    case 'unknown-key':
      return new GatewayError('InvalidAccessKeyId', 403, failure.detail, key);
    case 'bad-signature':
      return new GatewayError('SignatureDoesNotMatch', 403, failure.detail, key);
    case 'skewed':
      return new GatewayError(
        'RequestTimeTooSkewed',
        403,
        'The difference between the request time and the current time is too large.',
        { MaxAllowedSkewMilliseconds: 900000 },
      );
    case 'expired':
    case 'not-yet-valid':
    case 'unsigned-headers':
      return new GatewayError('AccessDenied', 403, failure.detail);
    case 'wrong-region':
    case 'wrong-service':
      return new GatewayError(
        'AuthorizationHeaderMalformed',
        400,
        `The authorization header is malformed; ${failure.detail}`,
      );
    case 'bad-content-sha256':
      return new GatewayError('InvalidRequest', 400, failure.detail);
    case 'payload-mismatch':
      return new GatewayError('XAmzContentSHA256Mismatch', 400, failure.detail);
    default:
      return new GatewayError('AuthorizationHeaderMalformed', 400, failure.detail);
  }
}

/** DynamoDB (JSON 1.0) answers 400, as do the other JSON-protocol services; SES v2 answers the same names with 403. */
export function coralError(failure: SigV4Failure, status: number): GatewayError {
  switch (failure.kind) {
    case 'missing':
      return new GatewayError(
        'MissingAuthenticationTokenException',
        status,
        'Request is missing Authentication Token',
      );
    case 'unknown-key':
      return new GatewayError(
        'UnrecognizedClientException',
        status,
        'The security token included in the request is invalid.',
      );
    case 'bad-signature':
    case 'payload-mismatch':
      return new GatewayError('InvalidSignatureException', status, BAD_SIGNATURE);
    case 'skewed':
    case 'expired':
    case 'not-yet-valid':
    case 'wrong-region':
    case 'wrong-service':
      return new GatewayError('InvalidSignatureException', status, failure.detail);
    default:
      return new GatewayError('IncompleteSignatureException', 400, failure.detail);
  }
}

export function sigV4Error(service: Service, failure: SigV4Failure): GatewayError {
  if (service === 's3') return s3Error(failure);
  return coralError(failure, service === 'dynamodb' ? 400 : 403);
}
