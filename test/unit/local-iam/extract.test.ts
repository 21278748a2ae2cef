// Extraction on hand-written templates: which statements belong to a principal, and how intrinsics and deployed
// names become plain local ARNs.
import { describe, expect, it } from 'vitest';
import { extractPolicies } from '../../../local/iam/extract.ts';
import { localNamingSchema } from '../../../local/iam/naming.ts';
import type { SynthesizedApp } from '../../../local/iam/synth.ts';

const naming = localNamingSchema.parse({
  region: 'us-east-1',
  account: '000000000000',
  table: 'local-table',
  buckets: { uploads: 'local-uploads', documents: 'local-documents' },
  signingSecret: 'local/key',
  userPool: 'local-users',
  fromAddress: 'no-reply@u4ssc.local',
  secretariatEmail: 'secretariat@u4ssc.local',
  functionPrefix: 'l-',
  stateMachinePrefix: 'm-',
});

const pseudo = (name: string) => ({ Ref: `AWS::${name}` });
const join = (...parts: unknown[]) => ({ 'Fn::Join': ['', parts] });
const arnOfTable = (name: string) =>
  join(
    'arn:',
    pseudo('Partition'),
    ':dynamodb:',
    pseudo('Region'),
    ':',
    pseudo('AccountId'),
    `:table/${name}`,
  );
const role = (extra: object = {}) => ({
  Type: 'AWS::IAM::Role',
  Properties: { AssumeRolePolicyDocument: {}, ...extra },
});
const policy = (roleId: string, statements: unknown[], type = 'AWS::IAM::Policy') => ({
  Type: type,
  Properties: { PolicyDocument: { Statement: statements }, Roles: [{ Ref: roleId }] },
});
const allow = (action: string, resource: unknown, extra: object = {}) => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...extra,
});

const dataTemplate = {
  Resources: {
    Table: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { TableName: 'app-dev-pilots' } },
    Uploads: {
      Type: 'AWS::S3::Bucket',
      Properties: { BucketName: join('app-dev-uploads-', pseudo('AccountId'), '-', pseudo('Region')) },
    },
    Documents: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'app-dev-documents' } },
    Key: { Type: 'AWS::SecretsManager::Secret', Properties: { Name: 'app-dev/key' } },
    Users: { Type: 'AWS::Cognito::UserPool', Properties: { UserPoolName: 'app-dev-users' } },
  },
  Outputs: {
    ExportTable: { Value: { 'Fn::GetAtt': ['Table', 'Arn'] }, Export: { Name: 'data:TableArn' } },
  },
};

function appWith(workerStatements: unknown[], workResources: Record<string, unknown> = {}): SynthesizedApp {
  return {
    templates: {
      data: dataTemplate,
      work: {
        Resources: {
          Worker: {
            Type: 'AWS::Lambda::Function',
            Properties: { FunctionName: 'app-dev-worker', Role: { 'Fn::GetAtt': ['WorkerRole', 'Arn'] } },
          },
          WorkerRole: role(),
          WorkerPolicy: policy('WorkerRole', workerStatements),
          Flow: {
            Type: 'AWS::StepFunctions::StateMachine',
            Properties: { StateMachineName: 'app-dev-flow', RoleArn: { 'Fn::GetAtt': ['FlowRole', 'Arn'] } },
          },
          FlowRole: role(),
          FlowPolicy: policy('FlowRole', [
            allow('lambda:InvokeFunction', { 'Fn::GetAtt': ['Worker', 'Arn'] }),
          ]),
          ...workResources,
        },
      },
    },
    principals: {
      worker: { stack: 'work', logicalId: 'Worker', baseName: 'worker' },
      'stateMachine:flow': { stack: 'work', logicalId: 'Flow', baseName: 'flow' },
    },
    resources: {
      table: { stack: 'data', logicalId: 'Table' },
      uploads: { stack: 'data', logicalId: 'Uploads' },
      documents: { stack: 'data', logicalId: 'Documents' },
      signingSecret: { stack: 'data', logicalId: 'Key' },
      userPool: { stack: 'data', logicalId: 'Users' },
    },
  };
}

const resourcesOf = (app: SynthesizedApp, principal = 'worker') =>
  extractPolicies(app, naming).policies[principal]?.flatMap((s) => s.Resource ?? []);

describe('resolving intrinsics', () => {
  it('resolves Fn::Join and pseudo parameters, and renames the deployed table and its indexes to the local table', () => {
    const app = appWith([
      allow('dynamodb:Query', [arnOfTable('app-dev-pilots'), arnOfTable('app-dev-pilots/index/byStage')]),
    ]);

    expect(resourcesOf(app)).toEqual([
      'arn:aws:dynamodb:us-east-1:000000000000:table/local-table',
      'arn:aws:dynamodb:us-east-1:000000000000:table/local-table/index/byStage',
    ]);
  });

  it('resolves Fn::ImportValue from the export of another stack', () => {
    const app = appWith([allow('dynamodb:GetItem', { 'Fn::ImportValue': 'data:TableArn' })]);

    expect(resourcesOf(app)).toEqual(['arn:aws:dynamodb:us-east-1:000000000000:table/local-table']);
  });

  it('resolves Fn::Sub with pseudo parameters, attributes, its own variables and escaped literals', () => {
    const app = appWith([
      allow('s3:GetObject', {
        'Fn::Sub': [
          // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax, not a JavaScript template
          'arn:${AWS::Partition}:s3:::app-dev-uploads-${AWS::AccountId}-${AWS::Region}/${Prefix}/${!x}',
          { Prefix: 'in' },
        ],
      }),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax, not a JavaScript template
      allow('lambda:InvokeFunction', { 'Fn::Sub': '${Worker.Arn}' }),
    ]);

    expect(resourcesOf(app)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal Fn::Sub leaves for ${!x}
      'arn:aws:s3:::local-uploads/in/${x}',
      'arn:aws:lambda:us-east-1:000000000000:function:l-worker',
    ]);
  });

  it('resolves the values of a statement condition too', () => {
    const app = appWith([
      allow('lambda:InvokeFunction', '*', {
        Condition: { ArnEquals: { 'aws:SourceArn': { Ref: 'Flow' } }, Bool: { 'aws:SecureTransport': true } },
      }),
    ]);

    expect(extractPolicies(app, naming).policies.worker?.[0]?.Condition).toEqual({
      ArnEquals: { 'aws:SourceArn': ['arn:aws:states:us-east-1:000000000000:stateMachine:m-flow'] },
      Bool: { 'aws:SecureTransport': ['true'] },
    });
  });

  it('renames a secret whose ARN ends in the six-character wildcard Secrets Manager appends', () => {
    const secret = join(
      'arn:',
      pseudo('Partition'),
      ':secretsmanager:',
      pseudo('Region'),
      ':',
      pseudo('AccountId'),
      ':secret:app-dev/key-??????',
    );
    const app = appWith([allow('secretsmanager:GetSecretValue', secret)]);

    expect(resourcesOf(app)).toEqual([
      'arn:aws:secretsmanager:us-east-1:000000000000:secret:local/key-??????',
    ]);
  });

  it('renames whole names only: a table whose name merely starts with the deployed one is another table', () => {
    const app = appWith([allow('dynamodb:GetItem', arnOfTable('app-dev-pilots-archive'))]);

    expect(resourcesOf(app)).toEqual([
      'arn:aws:dynamodb:us-east-1:000000000000:table/app-dev-pilots-archive',
    ]);
  });

  it('refuses an intrinsic it does not support, naming it', () => {
    const app = appWith([allow('s3:GetObject', { 'Fn::Select': [0, ['a']] })]);

    expect(() => extractPolicies(app, naming)).toThrow(/unsupported intrinsic Fn::Select/);
  });

  it('refuses a reference to a resource type whose physical values it does not know', () => {
    const app = appWith([allow('sns:Publish', { Ref: 'Topic' })], {
      Topic: { Type: 'AWS::SNS::Topic', Properties: {} },
    });

    expect(() => extractPolicies(app, naming)).toThrow(
      /cannot resolve a reference to AWS::SNS::Topic work\/Topic/,
    );
  });

  it('refuses a template that lacks the shape of one', () => {
    const app = { ...appWith([]), templates: { ...appWith([]).templates, data: { Resources: 'none' } } };

    expect(() => extractPolicies(app, naming)).toThrow();
  });
});

describe('collecting the statements of a principal', () => {
  it("takes the policies attached to the function's role and not those of another role", () => {
    const app = appWith([allow('dynamodb:GetItem', arnOfTable('app-dev-pilots'))]);

    const { policies } = extractPolicies(app, naming);

    expect(policies.worker?.map((s) => s.Action)).toEqual([['dynamodb:GetItem']]);
    expect(policies.worker?.[0]?.origin).toBe('work/WorkerPolicy');
    expect(policies['stateMachine:flow']?.map((s) => s.Action)).toEqual([['lambda:InvokeFunction']]);
  });

  it("follows a state machine's RoleArn and renames the function it invokes to the local name", () => {
    expect(resourcesOf(appWith([]), 'stateMachine:flow')).toEqual([
      'arn:aws:lambda:us-east-1:000000000000:function:l-worker',
    ]);
  });

  it('takes inline role policies and customer-managed policies, attached either way', () => {
    const app = appWith([], {
      WorkerRole: role({
        Policies: [
          {
            PolicyName: 'inline',
            PolicyDocument: { Statement: [allow('s3:ListBucket', 'arn:aws:s3:::app-dev-documents')] },
          },
        ],
        ManagedPolicyArns: [{ Ref: 'ByArn' }],
      }),
      ByArn: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: { PolicyDocument: { Statement: [allow('s3:GetObject', '*')] } },
      },
      ByRoles: policy('WorkerRole', [allow('s3:PutObject', '*')], 'AWS::IAM::ManagedPolicy'),
    });

    const statements = extractPolicies(app, naming).policies.worker ?? [];

    expect(statements.map((s) => [s.origin, s.Action])).toEqual([
      ['work/WorkerRole/Policies/0', ['s3:ListBucket']],
      ['work/ByArn', ['s3:GetObject']],
      ['work/ByRoles', ['s3:PutObject']],
    ]);
    expect(statements[0]?.Resource).toEqual(['arn:aws:s3:::local-documents']);
  });

  it('names AWS-managed policies without evaluating them', () => {
    const basic = join(
      'arn:',
      pseudo('Partition'),
      ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    );
    const app = appWith([], { WorkerRole: role({ ManagedPolicyArns: [basic] }) });

    const extracted = extractPolicies(app, naming);

    expect(extracted.awsManagedPolicies.worker).toEqual([
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    ]);
    expect(extracted.policies.worker).toEqual([]);
  });

  it('refuses a customer-managed policy that is not in the templates, whose statements it cannot know', () => {
    const app = appWith([], {
      WorkerRole: role({ ManagedPolicyArns: ['arn:aws:iam::000000000000:policy/elsewhere'] }),
    });

    expect(() => extractPolicies(app, naming)).toThrow(/not in the app's templates/);
  });
});
