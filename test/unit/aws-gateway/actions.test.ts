// What the authorizer is asked: the IAM action and resource ARNs of each S3 and DynamoDB call the adapters make.
import { describe, expect, it } from 'vitest';
import { dynamoAuthorizationRequests, operationOf } from '../../../local/aws-gateway/dynamodb-actions.ts';
import { parseRequestTarget } from '../../../local/aws-gateway/request-target.ts';
import { s3AuthorizationRequests } from '../../../local/aws-gateway/s3-actions.ts';
import { parseS3Path } from '../../../local/aws-gateway/s3-target.ts';

const s3 = (method: string, url: string, headers: Record<string, string> = {}) => {
  const target = parseRequestTarget(url);
  return s3AuthorizationRequests('embedded', method, parseS3Path(target.path), target.query, headers).map(
    ({ action, resources, context }) => ({ action, resources, context }),
  );
};

describe('S3 operations as IAM actions', () => {
  it('maps object reads and writes, with Range or If-None-Match, to GetObject and PutObject on the object', () => {
    expect(s3('PUT', '/u4ssc-uploads/uploads/p1/u1.xlsx?x-id=PutObject', { 'if-none-match': '*' })).toEqual([
      { action: 's3:PutObject', resources: ['arn:aws:s3:::u4ssc-uploads/uploads/p1/u1.xlsx'], context: {} },
    ]);
    expect(
      s3('GET', '/u4ssc-uploads/uploads/p1/u1.xlsx?x-id=GetObject', { range: 'bytes=0-3' })[0]?.action,
    ).toBe('s3:GetObject');
    expect(s3('HEAD', '/u4ssc-uploads/uploads/p1/u1.xlsx')[0]?.action).toBe('s3:GetObject');
  });

  it('asks for GetObject on the source and PutObject on the target of a copy', () => {
    expect(
      s3('PUT', '/u4ssc-uploads/submissions/p1/v001-u1.xlsx?x-id=CopyObject', {
        'x-amz-copy-source': 'u4ssc-uploads/uploads/p1/u1.xlsx',
      }).map(({ action, resources }) => [action, resources]),
    ).toEqual([
      ['s3:GetObject', ['arn:aws:s3:::u4ssc-uploads/uploads/p1/u1.xlsx']],
      ['s3:PutObject', ['arn:aws:s3:::u4ssc-uploads/submissions/p1/v001-u1.xlsx']],
    ]);
  });

  it('maps ListObjectsV2 to ListBucket on the bucket, with the prefix as s3:prefix', () => {
    expect(s3('GET', '/u4ssc-uploads?list-type=2&prefix=uploads%2F')).toEqual([
      {
        action: 's3:ListBucket',
        resources: ['arn:aws:s3:::u4ssc-uploads'],
        context: { 's3:prefix': 'uploads/' },
      },
    ]);
  });

  it('refuses to pass on an operation it cannot name', () => {
    expect(() => s3('PATCH', '/u4ssc-uploads/x')).toThrow(/does not map PATCH/);
  });
});

describe('DynamoDB operations as IAM actions', () => {
  const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/u4ssc-local';
  const ask = (operation: string, body: Record<string, unknown>) =>
    dynamoAuthorizationRequests('embedded', operation, body, 'us-east-1').map(({ action, resources }) => ({
      action,
      resources,
    }));

  it('names the operation of X-Amz-Target and the table of the body', () => {
    expect(operationOf('DynamoDB_20120810.PutItem')).toBe('PutItem');
    expect(() => operationOf('Other_2020.PutItem')).toThrow(/Unknown operation/);
    expect(ask('PutItem', { TableName: 'u4ssc-local' })).toEqual([
      { action: 'dynamodb:PutItem', resources: [arn] },
    ]);
  });

  it('authorizes a query of an index on the index ARN', () => {
    expect(ask('Query', { TableName: 'u4ssc-local', IndexName: 'byStage' })).toEqual([
      { action: 'dynamodb:Query', resources: [`${arn}/index/byStage`] },
    ]);
    expect(ask('Query', { TableName: 'u4ssc-local' })).toEqual([
      { action: 'dynamodb:Query', resources: [arn] },
    ]);
  });

  it('names every table of a batch, and the item action of each transaction part', () => {
    expect(ask('BatchWriteItem', { RequestItems: { a: [], b: [] } })[0]?.resources).toEqual([
      'arn:aws:dynamodb:us-east-1:000000000000:table/a',
      'arn:aws:dynamodb:us-east-1:000000000000:table/b',
    ]);
    expect(
      ask('TransactWriteItems', {
        TransactItems: [
          { Put: { TableName: 'u4ssc-local' } },
          { ConditionCheck: { TableName: 'u4ssc-local' } },
        ],
      }).map((r) => r.action),
    ).toEqual(['dynamodb:PutItem', 'dynamodb:ConditionCheckItem']);
    expect(ask('ListTables', {})).toEqual([{ action: 'dynamodb:ListTables', resources: ['*'] }]);
  });
});
