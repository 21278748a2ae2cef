// Every bucket of the project is private, S3-encrypted, SSL-only and kept on delete; data buckets are versioned and log their access.
import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  ObjectLockRetention,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { ObjectLockRetention as Retention } from '../../adapters/aws/object-lock.ts';

/** Globally unique yet predictable: the same stage, account and region always get the same name. */
export const bucketName = (prefix: string, purpose: string) =>
  `${prefix}-${purpose}-${Aws.ACCOUNT_ID}-${Aws.REGION}`;

const baseProps: BucketProps = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  // Pilot data and access logs are evidence for the certificate; deleting a stack must not delete them.
  removalPolicy: RemovalPolicy.RETAIN,
};

/** Receives S3 server access logs (and, with ACLs, CloudFront standard logs); expires them after the retention window. */
export function createLogBucket(
  scope: Construct,
  props: { prefix: string; purpose: string; retentionDays: number; acls?: boolean },
): Bucket {
  const { prefix, purpose, retentionDays, acls = false } = props;
  // cdk-nag's S1 accepts a bucket that is another bucket's log destination, so it asks for no logs of its own.
  return new Bucket(scope, 'AccessLogs', {
    ...baseProps,
    bucketName: bucketName(prefix, purpose),
    // CloudFront standard logging writes with ACLs; S3 server access logging does not need them.
    objectOwnership: acls ? ObjectOwnership.BUCKET_OWNER_PREFERRED : ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(retentionDays) }],
  });
}

export interface DataBucketProps {
  prefix: string;
  purpose: 'uploads' | 'documents' | 'portal';
  logBucket: Bucket;
  extra?: Pick<BucketProps, 'cors' | 'lifecycleRules'>;
  /**
   * Object Lock: `default` locks every object for the retention, `per-object` only those written with a retention
   * of their own. A locked version can be neither overwritten nor deleted until its retention ends.
   */
  objectLock?: { retention: Retention; scope: 'default' | 'per-object' };
}

function lockProps(lock: DataBucketProps['objectLock']): Partial<BucketProps> {
  if (!lock) return {};
  const { mode, days } = lock.retention;
  const retention = Duration.days(days);
  return {
    objectLockEnabled: true,
    ...(lock.scope === 'default' && {
      objectLockDefaultRetention:
        mode === 'COMPLIANCE'
          ? ObjectLockRetention.compliance(retention)
          : ObjectLockRetention.governance(retention),
    }),
  };
}

/** A versioned bucket whose old versions are kept for 90 days (longer while locked) so an overwrite can be undone. */
export function createDataBucket(scope: Construct, id: string, props: DataBucketProps): Bucket {
  const { prefix, purpose, logBucket, extra } = props;
  return new Bucket(scope, id, {
    ...baseProps,
    ...extra,
    ...lockProps(props.objectLock),
    bucketName: bucketName(prefix, purpose),
    versioned: true,
    serverAccessLogsBucket: logBucket,
    serverAccessLogsPrefix: `${purpose}/`,
    lifecycleRules: [
      { id: 'expire-noncurrent', noncurrentVersionExpiration: Duration.days(90) },
      { id: 'abort-multipart', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ...(extra?.lifecycleRules ?? []),
    ],
  });
}
