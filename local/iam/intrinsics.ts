// Resolves CloudFormation intrinsics (Ref, Fn::GetAtt, Fn::Join, Fn::Sub, Fn::ImportValue, pseudo parameters) to the
// physical values the deployed stacks would hold, in a given account and region.
import { type ArnKind, arnOf, type Environment } from './arns.ts';
import type { Template } from './template.ts';

export type Templates = Record<string, Template>;
/** Resolves a template value in the context of one stack (logical ids are per stack). */
export type Resolve = (stack: string, value: unknown) => unknown;

interface PhysicalValues {
  /** Property holding the physical name; the app names every resource a policy refers to. */
  nameProperty: string;
  kind: ArnKind;
  /** What Ref returns: the name for most types, the ARN for a state machine, the URL for a queue. */
  ref: 'name' | 'arn' | 'url';
}

/** The resource types a policy statement of this app refers to; any other is an error, never a guess. */
const physicalValues: Record<string, PhysicalValues> = {
  'AWS::Lambda::Function': { nameProperty: 'FunctionName', kind: 'function', ref: 'name' },
  'AWS::StepFunctions::StateMachine': { nameProperty: 'StateMachineName', kind: 'stateMachine', ref: 'arn' },
  'AWS::DynamoDB::GlobalTable': { nameProperty: 'TableName', kind: 'table', ref: 'name' },
  'AWS::S3::Bucket': { nameProperty: 'BucketName', kind: 'bucket', ref: 'name' },
  'AWS::Logs::LogGroup': { nameProperty: 'LogGroupName', kind: 'logGroup', ref: 'name' },
  // A failed-events queue: Lambda sends an event a function gave up on with the function's own role.
  'AWS::SQS::Queue': { nameProperty: 'QueueName', kind: 'queue', ref: 'url' },
  // The API manages the pool's accounts (adapters/aws/cognito-accounts.ts); Ref gives the pool's id, here its name.
  'AWS::Cognito::UserPool': { nameProperty: 'UserPoolName', kind: 'userPool', ref: 'name' },
};

function asString(value: unknown, what: string): string {
  if (typeof value !== 'string')
    throw new Error(`${what} resolved to ${JSON.stringify(value)}, not a string`);
  return value;
}

export function createResolver(templates: Templates, env: Environment): Resolve {
  const pseudo: Record<string, string> = {
    'AWS::Partition': env.partition,
    'AWS::Region': env.region,
    'AWS::AccountId': env.account,
  };

  const resourceOf = (stack: string, logicalId: string) => {
    const resource = templates[stack]?.Resources[logicalId];
    if (!resource) throw new Error(`${stack} has no resource ${logicalId}`);
    const values = physicalValues[resource.Type];
    if (!values) throw new Error(`cannot resolve a reference to ${resource.Type} ${stack}/${logicalId}`);
    const name = asString(
      resolve(stack, resource.Properties[values.nameProperty]),
      `${values.nameProperty} of ${stack}/${logicalId}`,
    );
    return { name, arn: arnOf(values.kind, name, env), values };
  };

  const ref = (stack: string, target: string): string => {
    const pseudoValue = pseudo[target];
    if (pseudoValue !== undefined) return pseudoValue;
    if (target.startsWith('AWS::')) throw new Error(`unsupported pseudo parameter ${target}`);
    const { name, arn, values } = resourceOf(stack, target);
    if (values.ref === 'url') return `https://sqs.${env.region}.amazonaws.com/${env.account}/${name}`;
    return values.ref === 'arn' ? arn : name;
  };

  const getAtt = (stack: string, logicalId: string, attribute: string): string => {
    if (attribute !== 'Arn') throw new Error(`unsupported attribute ${attribute} of ${stack}/${logicalId}`);
    return resourceOf(stack, logicalId).arn;
  };

  const sub = (stack: string, text: string, variables: Record<string, unknown>): string =>
    text.replace(/\$\{(!?)([^}]+)\}/g, (_whole, literal: string, name: string) => {
      if (literal) return `\${${name}}`;
      if (name in variables) return asString(resolve(stack, variables[name]), `Fn::Sub variable ${name}`);
      const [logicalId, attribute] = name.split('.');
      return attribute ? getAtt(stack, logicalId!, attribute) : ref(stack, name);
    });

  const importValue = (stack: string, exportName: string): unknown => {
    for (const [exporter, template] of Object.entries(templates)) {
      for (const output of Object.values(template.Outputs)) {
        if (output.Export && resolve(exporter, output.Export.Name) === exportName)
          return resolve(exporter, output.Value);
      }
    }
    throw new Error(`${stack} imports ${exportName}, which no stack of the app exports`);
  };

  const intrinsic = (stack: string, fn: string, args: unknown): unknown => {
    switch (fn) {
      case 'Ref':
        return ref(stack, asString(args, 'Ref'));
      case 'Fn::GetAtt': {
        const [logicalId, attribute] = typeof args === 'string' ? args.split('.') : (args as string[]);
        return getAtt(stack, asString(logicalId, 'Fn::GetAtt'), asString(attribute, 'Fn::GetAtt'));
      }
      case 'Fn::Join': {
        const [delimiter, parts] = args as [unknown, unknown];
        const list = resolve(stack, parts);
        if (!Array.isArray(list)) throw new Error(`Fn::Join of ${JSON.stringify(parts)} is not a list`);
        return list
          .map((part) => asString(part, 'Fn::Join part'))
          .join(asString(delimiter, 'Fn::Join delimiter'));
      }
      case 'Fn::Sub': {
        const [text, variables = {}] = typeof args === 'string' ? [args] : (args as [string, object]);
        return sub(stack, text, variables as Record<string, unknown>);
      }
      case 'Fn::ImportValue':
        return importValue(stack, asString(resolve(stack, args), 'Fn::ImportValue'));
      default:
        throw new Error(`unsupported intrinsic ${fn} in ${stack}`);
    }
  };

  const resolve: Resolve = (stack, value) => {
    if (Array.isArray(value)) return value.map((item) => resolve(stack, item));
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    const [first] = entries;
    if (entries.length === 1 && first && (first[0] === 'Ref' || first[0].startsWith('Fn::')))
      return intrinsic(stack, first[0], first[1]);
    return Object.fromEntries(entries.map(([key, item]) => [key, resolve(stack, item)]));
  };
  return resolve;
}
