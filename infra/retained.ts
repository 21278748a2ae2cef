// The retained resources that have a fixed name. A rolled-back first deploy, or a stack deleted and deployed again,
// leaves each behind, and the next deploy fails with "already exists" until it is imported or deleted
// (docs/deploy.md, "Deploying again"; scripts/leftovers.ts finds them).

/** For each retained type, the property that names it uniquely in the account, and how CloudFormation imports it. */
export const retainedTypes: Record<string, { nameProperty: string; importKey: string } | undefined> = {
  'AWS::S3::Bucket': { nameProperty: 'BucketName', importKey: 'BucketName' },
  'AWS::DynamoDB::GlobalTable': { nameProperty: 'TableName', importKey: 'TableName' },
  'AWS::Logs::LogGroup': { nameProperty: 'LogGroupName', importKey: 'LogGroupName' },
  // Imported by its ARN, which scripts/leftovers.ts reads from Secrets Manager.
  'AWS::SecretsManager::Secret': { nameProperty: 'Name', importKey: 'Id' },
  // A user pool's name need not be unique: a second pool is created beside a retained one.
  'AWS::Cognito::UserPool': undefined,
};

export interface RetainedName {
  stack: string;
  logicalId: string;
  type: string;
  name: string;
  importKey: string;
}

type Template = {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string }>;
};

/** A name as the template writes it: a string, or Fn::Join over strings and the account and region. */
function resolveName(value: unknown, env: { account: string; region: string }): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  const ref = (value as { Ref?: string }).Ref;
  if (ref === 'AWS::AccountId') return env.account;
  if (ref === 'AWS::Region') return env.region;
  if (join) return join[1].map((part) => resolveName(part, env)).join(join[0]);
  throw new Error(`cannot resolve the name ${JSON.stringify(value)}`);
}

export function retainedNames(
  templates: Record<string, Template>,
  env: { account: string; region: string },
): RetainedName[] {
  return Object.entries(templates).flatMap(([stack, template]) =>
    Object.entries(template.Resources).flatMap(([logicalId, resource]) => {
      if (resource.DeletionPolicy !== 'Retain') return [];
      if (!(resource.Type in retainedTypes))
        throw new Error(
          `${stack}/${logicalId}: ${resource.Type} is retained but infra/retained.ts does not know it`,
        );
      const known = retainedTypes[resource.Type];
      const named = known && resource.Properties?.[known.nameProperty];
      if (!known || named === undefined) return [];
      return [
        { stack, logicalId, type: resource.Type, name: resolveName(named, env), importKey: known.importKey },
      ];
    }),
  );
}
