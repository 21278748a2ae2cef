// Maps an S3 REST request (method, bucket, key, sub-resource, headers) to the IAM actions and resources it needs.
import type { IncomingHttpHeaders } from 'node:http';
import type { AuthorizationRequest } from './authorization.ts';
import { GatewayError } from './errors.ts';
import { type Query, queryValue } from './request-target.ts';
import { parseCopySource, type S3Target } from './s3-target.ts';

export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
export const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;

const has = (query: Query, name: string) => queryValue(query, name) !== undefined;

/** Sub-resources of a bucket request, each with the action IAM checks for it per method. */
const BUCKET_SUBRESOURCES: Record<string, Partial<Record<string, string>>> = {
  cors: { GET: 'GetBucketCORS', PUT: 'PutBucketCORS', DELETE: 'PutBucketCORS' },
  location: { GET: 'GetBucketLocation' },
  versioning: { GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' },
  versions: { GET: 'ListBucketVersions' },
  uploads: { GET: 'ListBucketMultipartUploads' },
  policy: { GET: 'GetBucketPolicy', PUT: 'PutBucketPolicy', DELETE: 'DeleteBucketPolicy' },
  website: { GET: 'GetBucketWebsite', PUT: 'PutBucketWebsite', DELETE: 'DeleteBucketWebsite' },
  tagging: { GET: 'GetBucketTagging', PUT: 'PutBucketTagging', DELETE: 'PutBucketTagging' },
  acl: { GET: 'GetBucketAcl', PUT: 'PutBucketAcl' },
  notification: { GET: 'GetBucketNotification', PUT: 'PutBucketNotification' },
};

function notMapped(method: string, what: string): never {
  // Better a clear refusal than an unchecked call: every operation that reaches s3rver is authorized first.
  throw new GatewayError(
    'NotImplemented',
    501,
    `The local gateway does not map ${method} on ${what} to an IAM action.`,
  );
}

function bucketActions(method: string, bucket: string, query: Query, headers: IncomingHttpHeaders) {
  for (const [name, actions] of Object.entries(BUCKET_SUBRESOURCES)) {
    if (!has(query, name)) continue;
    const action = actions[method];
    return action ? [{ action, resource: bucketArn(bucket) }] : notMapped(method, `?${name}`);
  }
  switch (method) {
    case 'GET':
    case 'HEAD':
      // ListObjects, ListObjectsV2 and HeadBucket all need s3:ListBucket on the bucket itself.
      return [{ action: 'ListBucket', resource: bucketArn(bucket) }];
    case 'PUT':
      return [{ action: 'CreateBucket', resource: bucketArn(bucket) }];
    case 'DELETE':
      return [{ action: 'DeleteBucket', resource: bucketArn(bucket) }];
    case 'POST':
      // DeleteObjects names its keys in the body, which is not read: it is authorized as deleting any key.
      if (has(query, 'delete')) return [{ action: 'DeleteObject', resource: objectArn(bucket, '*') }];
      return notMapped(method, `the bucket (content-type ${headers['content-type'] ?? 'none'})`);
    default:
      return notMapped(method, 'a bucket');
  }
}

function objectActions(
  method: string,
  bucket: string,
  key: string,
  query: Query,
  headers: IncomingHttpHeaders,
) {
  const target = objectArn(bucket, key);
  const copySource = headers['x-amz-copy-source'];
  const multipart = has(query, 'uploadId') || has(query, 'uploads');
  switch (method) {
    case 'GET':
    case 'HEAD':
      if (has(query, 'uploadId')) return [{ action: 'ListMultipartUploadParts', resource: target }];
      if (has(query, 'tagging')) return [{ action: 'GetObjectTagging', resource: target }];
      if (has(query, 'acl')) return [{ action: 'GetObjectAcl', resource: target }];
      // GetObject (with Range or response-* overrides) and HeadObject alike.
      return [{ action: 'GetObject', resource: target }];
    case 'PUT': {
      if (has(query, 'tagging')) return [{ action: 'PutObjectTagging', resource: target }];
      if (has(query, 'acl')) return [{ action: 'PutObjectAcl', resource: target }];
      // A write that sets its own Object Lock retention also needs s3:PutObjectRetention.
      const retention =
        headers['x-amz-object-lock-mode'] !== undefined
          ? [{ action: 'PutObjectRetention', resource: target }]
          : [];
      if (typeof copySource === 'string') {
        // CopyObject and UploadPartCopy read the source and write the target.
        const source = parseCopySource(copySource);
        return [
          { action: 'GetObject', resource: objectArn(source.bucket, source.key) },
          { action: 'PutObject', resource: target },
          ...retention,
        ];
      }
      return [{ action: 'PutObject', resource: target }, ...retention];
    }
    case 'POST':
      // CreateMultipartUpload and CompleteMultipartUpload are authorized as s3:PutObject on the object.
      if (multipart) return [{ action: 'PutObject', resource: target }];
      return notMapped(method, 'an object');
    case 'DELETE':
      if (has(query, 'uploadId')) return [{ action: 'AbortMultipartUpload', resource: target }];
      if (has(query, 'tagging')) return [{ action: 'DeleteObjectTagging', resource: target }];
      return [{ action: 'DeleteObject', resource: target }];
    default:
      return notMapped(method, 'an object');
  }
}

/** The authorization requests of a signed S3 request, one per action (CopyObject has two). */
export function s3AuthorizationRequests(
  principal: string,
  method: string,
  target: S3Target,
  query: Query,
  headers: IncomingHttpHeaders,
): AuthorizationRequest[] {
  const actions = !target.bucket
    ? method === 'GET'
      ? [{ action: 'ListAllMyBuckets', resource: '*' }]
      : notMapped(method, 'the service')
    : target.key === undefined
      ? bucketActions(method, target.bucket, query, headers)
      : objectActions(method, target.bucket, target.key, query, headers);
  const prefix = queryValue(query, 'prefix');
  return actions.map(
    ({ action, resource }): AuthorizationRequest => ({
      principal,
      service: 's3' as const,
      action: `s3:${action}`,
      resources: [resource],
      // s3:prefix is the condition key IAM offers for listing part of a bucket.
      context:
        action === 'ListBucket' && prefix !== undefined
          ? { 's3:prefix': prefix }
          : ({} as Record<string, string>),
    }),
  );
}

/** A browser's POST upload writes one object as the principal whose key signed the policy. */
export function postUploadAuthorization(
  principal: string,
  bucket: string,
  key: string,
): AuthorizationRequest {
  return {
    principal,
    service: 's3',
    action: 's3:PutObject',
    resources: [objectArn(bucket, key)],
    context: {},
  };
}
