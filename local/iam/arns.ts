// ARN formats of the resource kinds the app's policies name, shared by the deployed and the local side of a rename.

export interface Environment {
  partition: string;
  region: string;
  account: string;
}

export type ArnKind =
  | 'function'
  | 'stateMachine'
  | 'table'
  | 'bucket'
  | 'logGroup'
  | 'secret'
  | 'queue'
  | 'userPool';

const formats: Record<ArnKind, (name: string, e: Environment) => string> = {
  function: (name, e) => `arn:${e.partition}:lambda:${e.region}:${e.account}:function:${name}`,
  stateMachine: (name, e) => `arn:${e.partition}:states:${e.region}:${e.account}:stateMachine:${name}`,
  table: (name, e) => `arn:${e.partition}:dynamodb:${e.region}:${e.account}:table/${name}`,
  bucket: (name, e) => `arn:${e.partition}:s3:::${name}`,
  // CloudFormation's Arn attribute of a log group ends in `:*` (all its streams).
  logGroup: (name, e) => `arn:${e.partition}:logs:${e.region}:${e.account}:log-group:${name}:*`,
  // Without the six random characters Secrets Manager appends to the name.
  secret: (name, e) => `arn:${e.partition}:secretsmanager:${e.region}:${e.account}:secret:${name}`,
  queue: (name, e) => `arn:${e.partition}:sqs:${e.region}:${e.account}:${name}`,
  // Cognito names a pool's ARN by its generated id; the embedded runtime, which never calls Cognito, uses the name.
  userPool: (name, e) => `arn:${e.partition}:cognito-idp:${e.region}:${e.account}:userpool/${name}`,
};

export function arnOf(kind: ArnKind, name: string, env: Environment): string {
  return formats[kind](name, env);
}

/** What may follow a resource's name inside a longer ARN: an index or key after `/`, a qualifier after `:`, a
 * secret's random suffix after `-`. Anything else (say `pilots-archive` after `pilots`) is another resource. */
export const nameBoundary: Record<ArnKind, string> = {
  function: ':',
  stateMachine: ':',
  table: '/',
  bucket: '/',
  logGroup: ':',
  secret: '-',
  queue: ':',
  userPool: '/',
};
