// Maps a DynamoDB JSON request (X-Amz-Target and body) to the IAM actions and the table or index ARNs it needs.
import type { AuthorizationRequest } from './authorization.ts';
import { LOCAL_ACCOUNT } from './credentials.ts';
import { GatewayError } from './errors.ts';

export const TARGET_PREFIX = 'DynamoDB_20120810.';

export const tableArn = (region: string, table: string) =>
  `arn:aws:dynamodb:${region}:${LOCAL_ACCOUNT}:table/${table}`;

/** Operations IAM checks against "*": they name no table. */
const ACCOUNT_OPERATIONS = new Set([
  'ListTables',
  'DescribeLimits',
  'DescribeEndpoints',
  'ListBackups',
  'ListGlobalTables',
]);

/** What each item of a transaction does, as IAM sees it: the underlying single-item action. */
const TRANSACT_ACTIONS: Record<string, string> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
  Get: 'GetItem',
};

type Body = Record<string, unknown>;

const missingTable = () =>
  new GatewayError(
    'ValidationException',
    400,
    "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null",
  );

/** The operation named by X-Amz-Target, e.g. "Query" for DynamoDB_20120810.Query. */
export function operationOf(target: string | undefined): string {
  if (!target?.startsWith(TARGET_PREFIX) || target.length === TARGET_PREFIX.length)
    throw new GatewayError(
      'UnknownOperationException',
      400,
      `Unknown operation ${target ?? '(no X-Amz-Target)'}`,
    );
  return target.slice(TARGET_PREFIX.length);
}

export function dynamoAuthorizationRequests(
  principal: string,
  operation: string,
  body: Body,
  region: string,
): AuthorizationRequest[] {
  const request = (action: string, resources: string[]): AuthorizationRequest => ({
    principal,
    service: 'dynamodb',
    action: `dynamodb:${action}`,
    resources,
    context: {
      ...(typeof body.Select === 'string' ? { 'dynamodb:Select': body.Select } : {}),
      ...(typeof body.ReturnValues === 'string' ? { 'dynamodb:ReturnValues': body.ReturnValues } : {}),
    },
  });
  if (ACCOUNT_OPERATIONS.has(operation)) return [request(operation, ['*'])];
  if (operation === 'BatchGetItem' || operation === 'BatchWriteItem') {
    const tables = Object.keys((body.RequestItems as Body | undefined) ?? {});
    if (!tables.length) throw missingTable();
    return [
      request(
        operation,
        tables.map((t) => tableArn(region, t)),
      ),
    ];
  }
  if (operation === 'TransactWriteItems' || operation === 'TransactGetItems') {
    const items = (body.TransactItems as Body[] | undefined) ?? [];
    return items.flatMap((item) =>
      Object.entries(item).map(([kind, detail]) => {
        const table = (detail as Body | undefined)?.TableName;
        if (typeof table !== 'string') throw missingTable();
        return request(TRANSACT_ACTIONS[kind] ?? kind, [tableArn(region, table)]);
      }),
    );
  }
  // Tagging and resource-policy operations name their table by ARN.
  if (typeof body.ResourceArn === 'string') return [request(operation, [body.ResourceArn])];
  const table = body.TableName;
  if (typeof table !== 'string') throw missingTable();
  // A query or scan of an index is authorized on the index, not on the table.
  const index =
    (operation === 'Query' || operation === 'Scan') && typeof body.IndexName === 'string'
      ? body.IndexName
      : undefined;
  return [
    request(operation, [index ? `${tableArn(region, table)}/index/${index}` : tableArn(region, table)]),
  ];
}
