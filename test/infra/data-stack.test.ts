import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { projectionOf, tableIndexes, tableKeys } from '../../adapters/aws/table-design.ts';
import { ABANDONED_UPLOAD_DAYS } from '../../infra/stacks/data-stack.ts';
import { resourcesOf, synthStage } from './support/synth.ts';

const { data, web } = synthStage();
const buckets = resourcesOf(data, 'AWS::S3::Bucket');
const bucketProps = (purpose: string) =>
  Object.values(buckets).find((b) => JSON.stringify(b.Properties?.BucketName).includes(`-${purpose}-`))
    ?.Properties as Record<string, unknown>;

describe('data stack: the pilots table', () => {
  it('has the keys and the GSIs of table-design.ts, all strings, the board’s projecting only the summary', () => {
    data.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TableName: 'u4ssc-dev-pilots',
      KeySchema: [
        { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableIndexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: projectionOf(index),
      })),
    });
    const [table] = Object.values(resourcesOf(data, 'AWS::DynamoDB::GlobalTable'));
    const definitions = table?.Properties?.AttributeDefinitions as { AttributeType: string }[];
    expect(definitions).toHaveLength(2 + 2 * tableIndexes.length);
    expect(new Set(definitions.map((d) => d.AttributeType))).toEqual(new Set(['S']));
  });

  it('is encrypted, recoverable to a point in time, protected from deletion and retained', () => {
    data.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
  });
});

describe.each([
  ['data', data],
  ['web', web],
])('%s stack buckets', (_name, template) => {
  const all = Object.entries(resourcesOf(template, 'AWS::S3::Bucket'));

  it.each(all)('%s is encrypted, private, retained and SSL-only', (logicalId) => {
    const bucket = template.toJSON().Resources[logicalId];
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
    ]);
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('versions every data bucket and logs its access to the log bucket; expires old versions', () => {
    const dataBuckets = all.filter(([, b]) => !JSON.stringify(b.Properties?.BucketName).includes('logs-'));
    expect(dataBuckets.length).toBeGreaterThan(0);
    for (const [, bucket] of dataBuckets) {
      expect(bucket.Properties?.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(bucket.Properties?.LoggingConfiguration).toMatchObject({
        DestinationBucketName: { Ref: expect.stringMatching(/AccessLogs/) },
      });
      expect(JSON.stringify(bucket.Properties?.LifecycleConfiguration)).toContain(
        '"NoncurrentVersionExpiration":{"NoncurrentDays":90}',
      );
    }
  });
});

describe('uploads bucket', () => {
  const uploads = bucketProps('uploads');

  it('accepts presigned POSTs from the portal origin only', () => {
    const portalOrigin = {
      'Fn::Join': [
        '',
        [
          'https://',
          { 'Fn::ImportValue': expect.stringMatching(/^u4ssc-dev-web:.*Distribution.*DomainName/) },
        ],
      ],
    };
    expect(uploads.CorsConfiguration).toEqual({
      CorsRules: [expect.objectContaining({ AllowedMethods: ['POST'], AllowedOrigins: [portalOrigin] })],
    });
  });

  it('expires abandoned uploads/ objects but keeps submissions/', () => {
    const rules = (uploads.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
    const expiring = rules.filter((r) => r.ExpirationInDays !== undefined);
    expect(expiring).toEqual([
      expect.objectContaining({
        Prefix: 'uploads/',
        ExpirationInDays: ABANDONED_UPLOAD_DAYS,
        Status: 'Enabled',
      }),
    ]);
  });

  it('sends its events to EventBridge natively, without a custom-resource Lambda', () => {
    expect(uploads.NotificationConfiguration).toEqual({
      EventBridgeConfiguration: { EventBridgeEnabled: true },
    });
    data.resourceCountIs('AWS::Lambda::Function', 0);
    expect(bucketProps('documents').NotificationConfiguration).toBeUndefined();
  });
});

describe('template signing key', () => {
  it('is generated by Secrets Manager and kept when the stack is deleted', () => {
    data.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Name: 'u4ssc-dev/template-signing-key',
        GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
      }),
    });
  });
});
