// Stateful resources: the pilots table, the uploads and documents buckets, and the template signing key.
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { type Bucket, type CfnBucket, HttpMethods } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { tableIndexes, tableKeys } from '../../adapters/aws/table-design.ts';
import type { DeployConfig } from '../config.ts';
import { bucketName, createDataBucket, createLogBucket } from '../constructs/buckets.ts';
import { acknowledge } from '../nag.ts';

export interface DataStackProps extends StackProps {
  config: DeployConfig;
  /** The portal's origin (https://host), the only origin allowed to POST workbooks to the uploads bucket. */
  portalOrigin: string;
}

/** A city that never completes a presigned POST leaves nothing behind for long; received uploads are copied to submissions/. */
export const ABANDONED_UPLOAD_DAYS = 7;

/**
 * Physical names of the stateful resources, derived from the stage alone: the workflow stack finds them by name, so
 * no CloudFormation export ties the stacks together and either can be refactored without a deadlock on exports.
 */
export function dataNames(prefix: string) {
  return {
    table: `${prefix}-pilots`,
    uploads: bucketName(prefix, 'uploads'),
    documents: bucketName(prefix, 'documents'),
    signingKey: `${prefix}/template-signing-key`,
  };
}

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

export class DataStack extends Stack {
  readonly table: TableV2;
  readonly uploads: Bucket;
  readonly documents: Bucket;
  readonly signingKey: Secret;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { prefix, logRetention, objectLock } = props.config;
    const names = dataNames(prefix);

    this.table = new TableV2(this, 'Pilots', {
      tableName: names.table,
      partitionKey: stringKey(tableKeys.partitionKey),
      sortKey: stringKey(tableKeys.sortKey),
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: tableIndexes.map((index) => ({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        ...('includes' in index
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.includes] }
          : { projectionType: ProjectionType.ALL }),
      })),
    });

    const logBucket = createLogBucket(this, { prefix, purpose: 'logs', retentionDays: logRetention });
    this.uploads = createDataBucket(this, 'Uploads', {
      prefix,
      purpose: 'uploads',
      logBucket,
      // Browser POSTs carry no checksum, which a default retention demands: the stored submissions lock themselves.
      objectLock: { retention: objectLock, scope: 'per-object' },
      extra: {
        cors: [
          {
            allowedMethods: [HttpMethods.POST],
            allowedOrigins: [props.portalOrigin],
            allowedHeaders: ['*'],
            exposedHeaders: ['ETag'],
            maxAge: 3000,
          },
        ],
        lifecycleRules: [
          {
            id: 'expire-abandoned-uploads',
            prefix: 'uploads/',
            expiration: Duration.days(ABANDONED_UPLOAD_DAYS),
          },
        ],
      },
    });
    // The upload-event function learns of new objects through EventBridge. Set on the L1 because `eventBridgeEnabled`
    // deploys a custom-resource Lambda to do what CloudFormation does natively.
    (this.uploads.node.defaultChild as CfnBucket).notificationConfiguration = {
      eventBridgeConfiguration: { eventBridgeEnabled: true },
    };
    this.documents = createDataBucket(this, 'Documents', {
      prefix,
      purpose: 'documents',
      logBucket,
      objectLock: { retention: objectLock, scope: 'default' },
    });

    this.signingKey = new Secret(this, 'TemplateSigningKey', {
      secretName: names.signingKey,
      description: 'HMAC key that signs the Meta sheet of issued KPI workbook templates.',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.signingKey, {
      'AwsSolutions-SMG4':
        "Templates already in cities' hands carry signatures made with this key; rotating it would reject their uploads until key versions are supported.",
    });
  }
}
