// How a function is deployed, read from hand-written templates: its variables and its rules' patterns in local
// names, and what the extraction refuses rather than guess.
import { describe, expect, it } from 'vitest';
import { extractFunctions } from '../../../local/iam/functions.ts';
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

const join = (...parts: unknown[]) => ({ 'Fn::Join': ['', parts] });
const role = { Type: 'AWS::IAM::Role', Properties: {} };

function appWith(variables: Record<string, unknown>, extra: Record<string, unknown> = {}): SynthesizedApp {
  return {
    templates: {
      data: {
        Resources: {
          Table: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { TableName: 'app-dev-pilots' } },
          Uploads: {
            Type: 'AWS::S3::Bucket',
            Properties: { BucketName: join('app-dev-uploads-', { Ref: 'AWS::AccountId' }) },
          },
          Documents: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'app-dev-documents' } },
          Key: { Type: 'AWS::SecretsManager::Secret', Properties: { Name: 'app-dev/key' } },
          Users: { Type: 'AWS::Cognito::UserPool', Properties: { UserPoolName: 'app-dev-users' } },
        },
      },
      work: {
        Resources: {
          Worker: {
            Type: 'AWS::Lambda::Function',
            Properties: {
              FunctionName: 'app-dev-worker',
              Role: { 'Fn::GetAtt': ['WorkerRole', 'Arn'] },
              Handler: 'index.handler',
              MemorySize: 512,
              Timeout: 60,
              Environment: { Variables: variables },
            },
          },
          WorkerRole: role,
          Flow: {
            Type: 'AWS::StepFunctions::StateMachine',
            Properties: { StateMachineName: 'app-dev-flow', RoleArn: { 'Fn::GetAtt': ['FlowRole', 'Arn'] } },
          },
          FlowRole: role,
          ...extra,
        },
      },
    },
    principals: {
      worker: {
        stack: 'work',
        logicalId: 'Worker',
        baseName: 'worker',
        code: { entry: 'functions/worker.ts', needs: { sendsEmail: false } },
      },
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

describe('a function as the templates deploy it', () => {
  it('holds its variables with local names: whole names, joined names and a JSON object of ARNs', () => {
    const app = appWith({
      TABLE_NAME: 'app-dev-pilots',
      UPLOADS_BUCKET: join('app-dev-uploads-', { Ref: 'AWS::AccountId' }),
      SECRET: 'app-dev/key',
      MACHINES: join('{"flow":"', { Ref: 'Flow' }, '"}'),
      ARCHIVE: 'app-dev-pilots-archive',
      PORTAL_URL: join('https://', { 'Fn::ImportValue': 'web:Domain' }),
    });

    const { worker } = extractFunctions(app, naming);

    expect(worker).toMatchObject({
      code: { entry: 'functions/worker.ts', needs: { sendsEmail: false } },
      handler: 'index.handler',
      memoryMb: 512,
      timeoutSeconds: 60,
      givenAtRunTime: ['PORTAL_URL'],
    });
    expect(worker?.environment).toEqual({
      TABLE_NAME: 'local-table',
      UPLOADS_BUCKET: 'local-uploads',
      SECRET: 'local/key',
      MACHINES: '{"flow":"arn:aws:states:us-east-1:000000000000:stateMachine:m-flow"}',
      // Another resource whose name starts with a renamed one's keeps its name.
      ARCHIVE: 'app-dev-pilots-archive',
    });
  });

  it("takes the event patterns of the rules that target it, in local names, and no schedule's", () => {
    const target = [{ Arn: { 'Fn::GetAtt': ['Worker', 'Arn'] }, Id: 'Target0' }];
    const app = appWith(
      {},
      {
        Uploaded: {
          Type: 'AWS::Events::Rule',
          Properties: {
            EventPattern: {
              detail: { bucket: { name: [join('app-dev-uploads-', { Ref: 'AWS::AccountId' })] } },
            },
            Targets: target,
          },
        },
        Hourly: {
          Type: 'AWS::Events::Rule',
          Properties: { ScheduleExpression: 'rate(1 hour)', Targets: target },
        },
      },
    );

    expect(extractFunctions(app, naming).worker?.eventPatterns).toEqual([
      { detail: { bucket: { name: ['local-uploads'] } } },
    ]);
  });

  it('refuses a variable it cannot resolve, and a function it was not told the code of', () => {
    expect(() => extractFunctions(appWith({ OTHER: { 'Fn::ImportValue': 'web:Domain' } }), naming)).toThrow(
      /imports web:Domain/,
    );
    const app = appWith({});
    const { code: _code, ...worker } = app.principals.worker!;

    expect(() => extractFunctions({ ...app, principals: { ...app.principals, worker } }, naming)).toThrow(
      /what worker is bundled from/,
    );
  });
});
