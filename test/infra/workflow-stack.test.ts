import { describe, expect, it } from 'vitest';
import { type StageMachineName, stageMachineNames } from '../../core/lifecycle/stages.ts';
import { type TaskName, taskNames } from '../../core/stage-tasks/task-names.ts';
import { lambdaConfig } from '../../functions/config.ts';
import { cognitoAccountActions } from '../../infra/cognito-actions.ts';
import { publicRoutes } from '../../infra/constructs/http-api.ts';
import { entryNames, entrySpecs, stageStarters } from '../../infra/entry-specs.ts';
import { taskSpecs } from '../../infra/task-specs.ts';
import { stageMachines } from '../../state-machines/stage-machines.ts';
import { actionsOf, type Resources, resourcesOf, statementsOfRoleFor, synthStage } from './support/synth.ts';

// The one synthesis of this file bundles every function with esbuild, as `cdk synth` does.
const { workflow } = synthStage({ bundle: true });
const resources = workflow.toJSON().Resources as Resources;
const functions = resourcesOf(workflow, 'AWS::Lambda::Function');
const functionId = (name: string) => {
  const id = Object.keys(functions).find(
    (key) => functions[key]?.Properties?.FunctionName === `u4ssc-dev-${name}`,
  );
  if (!id) throw new Error(`no function u4ssc-dev-${name}`);
  return id;
};
const fnProps = (name: string) => resources[functionId(name)]!.Properties;
const machines = resourcesOf(workflow, 'AWS::StepFunctions::StateMachine');
const machineId = (machine: StageMachineName) =>
  Object.keys(machines).find(
    (key) => machines[key]?.Properties?.StateMachineName === `u4ssc-dev-${machine}`,
  )!;
const allNames = [...taskNames, ...entryNames];
const propsOf = (type: string) => Object.values(resourcesOf(workflow, type)).map((r) => r.Properties);

describe('functions', () => {
  it('are exactly one per stage task plus the API, upload-event, sweeper and execution-failed entries', () => {
    expect(
      Object.values(functions)
        .map((f) => f.Properties?.FunctionName)
        .sort(),
    ).toEqual(allNames.map((n) => `u4ssc-dev-${n}`).sort());
  });

  it('gives every function its own code asset, bundled from its own entry', () => {
    const keys = allNames.map((name) => JSON.stringify(fnProps(name).Code.S3Key));
    expect(new Set(keys).size).toBe(allNames.length);
  });

  it.each(allNames)('%s runs bundled ESM on Node 24 arm64, traced, logging to its own log group', (name) => {
    const props = fnProps(name);
    expect(props).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
      Code: { S3Key: expect.stringMatching(/\.zip$/) },
    });
    const logGroupId = props.LoggingConfig.LogGroup.Ref;
    expect(resources[logGroupId]?.Properties).toMatchObject({
      LogGroupName: `/aws/lambda/u4ssc-dev-${name}`,
      RetentionInDays: 30,
    });
    expect(props.Environment.Variables).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'u4ssc',
      POWERTOOLS_LOG_LEVEL: 'DEBUG',
    });
  });

  it.each(taskNames)('%s is sized from its task spec', (task) => {
    expect(fnProps(task)).toMatchObject({
      MemorySize: taskSpecs[task].memoryMb,
      Timeout: taskSpecs[task].timeoutSeconds,
    });
  });

  const tokenStandIns: Record<string, string> = {
    PORTAL_URL: 'https://portal.example',
    STATE_MACHINE_ARNS: '{}',
  };

  it.each(allNames)('%s has every variable functions/config.ts requires', (name) => {
    const variables: Record<string, unknown> = fnProps(name).Environment.Variables;
    // Deploy-time values are CloudFormation expressions here; stand in a value of the right shape for each.
    const shaped = Object.fromEntries(
      Object.entries(variables).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : (tokenStandIns[key] ?? 'x'.repeat(16)),
      ]),
    );
    expect(() => lambdaConfig({ ...shaped, AWS_REGION: 'eu-west-1' })).not.toThrow();
  });

  it('counts only the API, upload events and the sweeper as stage starters', () => {
    expect([...stageStarters].sort()).toEqual(['api', 'sweeper', 'upload-event']);
  });

  it('gives STATE_MACHINE_ARNS with all six machines to the stage starters and to no other function', () => {
    for (const name of stageStarters) {
      const arns = JSON.stringify(fnProps(name).Environment.Variables.STATE_MACHINE_ARNS);
      for (const machine of stageMachineNames) expect(arns).toContain(`\\"${machine}\\":\\"`);
    }
    for (const name of allNames.filter((n) => !stageStarters.includes(n as never)))
      expect(fnProps(name).Environment.Variables.STATE_MACHINE_ARNS).toBeUndefined();
  });
});

describe('least privilege', () => {
  const actions = (name: string) => actionsOf(statementsOfRoleFor(workflow, functionId(name)));
  const hasS3Write = (name: string) => actions(name).some((a) => /^s3:(Put|Delete|\*)/.test(a));

  it('checkLetter reads the table and writes only the letter PDF to documents: no uploads, no table writes, no e-mail', () => {
    const statements = statementsOfRoleFor(workflow, functionId('checkLetter'));
    const writeTargets = JSON.stringify(statements.filter((s) => [s.Action].flat().includes('s3:PutObject')));
    expect(writeTargets).toContain('-documents-');
    expect(writeTargets).not.toContain('-uploads-');
    const granted = actions('checkLetter');
    expect(granted).not.toContain('dynamodb:PutItem');
    expect(granted).not.toContain('ses:SendEmail');
    expect(granted).not.toContain('states:StartExecution');
  });

  it.each(allNames)('%s gets exactly the S3, DynamoDB and SES actions its spec allows', (name) => {
    const spec =
      name in taskSpecs ? taskSpecs[name as TaskName] : entrySpecs[name as keyof typeof entrySpecs];
    const granted = actions(name);
    expect(granted.includes('dynamodb:PutItem')).toBe(spec.table === 'readWrite');
    expect(granted.includes('ses:SendEmail')).toBe(spec.sendsEmail);
    expect(hasS3Write(name)).toBe(spec.uploads === 'readWrite' || spec.documents === 'readWrite');
    expect(granted.includes('s3:GetObject')).toBe(spec.uploads !== 'none' || spec.documents !== 'none');
    expect(granted.includes('states:StartExecution')).toBe(stageStarters.includes(name as never));
    expect(granted.every((a) => !a.endsWith('*') || a.startsWith('xray:'))).toBe(true);
  });

  it('lets only the template signers read the signing key, by secret name and never as a plain variable', () => {
    const signers = allNames.filter(
      (name) => name in taskSpecs && taskSpecs[name as TaskName].signsTemplates,
    );
    expect(signers.sort()).toEqual(['generateTemplate', 'validateSubmission']);
    for (const name of allNames) {
      const variables = fnProps(name).Environment.Variables;
      expect(variables.TEMPLATE_SIGNING_KEY).toBeUndefined();
      expect(variables.TEMPLATE_SIGNING_KEY_SECRET !== undefined).toBe(signers.includes(name));
      expect(actions(name).includes('secretsmanager:GetSecretValue')).toBe(signers.includes(name));
    }
  });

  it('validateSubmission writes results to the documents bucket but cannot write uploads', () => {
    const statements = statementsOfRoleFor(workflow, functionId('validateSubmission'));
    const writeTargets = JSON.stringify(statements.filter((s) => [s.Action].flat().includes('s3:PutObject')));
    expect(writeTargets).toContain('-documents-');
    expect(writeTargets).not.toContain('-uploads-');
  });

  it('lets every function that sends e-mail put and update table items: each e-mail has an in-app copy', () => {
    const senders = allNames.filter((name) => actions(name).includes('ses:SendEmail'));
    expect(senders).toContain('sendNotification');
    for (const name of senders)
      expect(actions(name), name).toEqual(
        expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']),
      );
  });

  it('lets only the API manage Cognito accounts, with the adapter’s calls on the user pool (reactivation too), and names the pool', () => {
    const managers = allNames.filter((name) => actions(name).some((a) => a.startsWith('cognito-idp:')));
    const cognito = statementsOfRoleFor(workflow, functionId('api')).filter((s) =>
      [s.Action].flat().some((a) => String(a).startsWith('cognito-idp:')),
    );

    expect(managers).toEqual(['api']);
    expect(cognito.flatMap((s) => [s.Action].flat()).sort()).toEqual([...cognitoAccountActions].sort());
    expect(cognitoAccountActions).toContain('cognito-idp:AdminEnableUser');
    expect(JSON.stringify(cognito.map((s) => s.Resource))).toContain('AuthUsers');
    expect(fnProps('api').Environment.Variables.USER_POOL_ID).toBeDefined();
    expect(fnProps('sweeper').Environment.Variables.USER_POOL_ID).toBeUndefined();
  });

  it('sends e-mail only from the configured sender', () => {
    const ses = statementsOfRoleFor(workflow, functionId('sendNotification')).find(
      (s) => s.Action === 'ses:SendEmail',
    );
    expect(ses?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@u4ssc.test' } });
  });
});

describe('stage machines', () => {
  it.each(stageMachineNames)('%s is Standard, logs ALL with execution data, and is traced', (machine) => {
    const props = resources[machineId(machine)]!.Properties;
    expect(props.StateMachineType).toBe('STANDARD');
    expect(props.TracingConfiguration).toEqual({ Enabled: true });
    expect(props.LoggingConfiguration).toMatchObject({ Level: 'ALL', IncludeExecutionData: true });
    const logGroupId =
      props.LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn['Fn::GetAtt'][0];
    expect(resources[logGroupId]?.Properties.RetentionInDays).toBe(30);
  });

  it.each(stageMachineNames)(
    '%s fills every placeholder with the ARN of the right task function',
    (machine) => {
      const props = resources[machineId(machine)]!.Properties;
      const definition: string = props.DefinitionString;
      const placeholders = new Set([...definition.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]));
      const substitutions: Record<string, { 'Fn::GetAtt': [string, string] }> = props.DefinitionSubstitutions;
      expect(placeholders.size).toBeGreaterThan(0);
      expect([...placeholders].sort()).toEqual(Object.keys(substitutions).sort());
      for (const task of new Set(Object.values(stageMachines[machine].tasks))) {
        const placeholder = `${task[0]?.toUpperCase()}${task.slice(1)}FunctionArn`;
        expect(substitutions[placeholder]).toEqual({ 'Fn::GetAtt': [functionId(task), 'Arn'] });
      }
    },
  );

  it.each(stageMachineNames)('%s may invoke exactly its own task functions, unqualified', (machine) => {
    const invoke = statementsOfRoleFor(workflow, machineId(machine)).filter(
      (s) => s.Action === 'lambda:InvokeFunction',
    );
    const tasks = [...new Set(Object.values(stageMachines[machine].tasks))];
    expect(invoke.flatMap((s) => [s.Resource].flat())).toEqual(
      expect.arrayContaining(tasks.map((t) => ({ 'Fn::GetAtt': [functionId(t), 'Arn'] }))),
    );
    expect(invoke.flatMap((s) => [s.Resource].flat())).toHaveLength(tasks.length);
  });
});

describe('HTTP API', () => {
  const routes = Object.values(resourcesOf(workflow, 'AWS::ApiGatewayV2::Route')).map((r) => r.Properties!);

  it('requires a Cognito JWT on every route except the health check, the public certificate check, the published index and case studies, and the API description', () => {
    const open = publicRoutes.map((r) => `${r.method} ${r.path}`).sort();
    expect(open).toEqual([
      'GET /api/health',
      'GET /api/openapi.json',
      'GET /api/public/case-studies',
      'GET /api/public/case-studies/{pilot}/{caseStudy}',
      'GET /api/public/certificates/{number}',
      'GET /api/public/certificates/{number}/{document}',
      'GET /api/public/index/editions',
      'GET /api/public/index/editions/{edition}',
      'GET /api/public/index/editions/{edition}/data/{table}',
      'GET /api/public/index/editions/{edition}/datapackage.json',
    ]);
    expect(
      routes
        .filter((r) => r.AuthorizationType === 'NONE')
        .map((r) => r.RouteKey)
        .sort(),
    ).toEqual(open);
    const guarded = routes.filter((r) => !open.includes(r.RouteKey as string));
    expect(guarded.map((r) => r.RouteKey)).toEqual(['ANY /api/{proxy+}']);
    for (const route of guarded)
      expect(route).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: expect.any(String) } });
  });

  it('checks tokens issued by the user pool for the portal client', () => {
    expect(propsOf('AWS::ApiGatewayV2::Authorizer')).toEqual([
      expect.objectContaining({
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [{ Ref: expect.stringMatching(/Portal/) }],
          Issuer: expect.objectContaining({ 'Fn::Join': expect.anything() }),
        },
      }),
    ]);
    expect(JSON.stringify(propsOf('AWS::ApiGatewayV2::Authorizer'))).toContain('https://cognito-idp.');
  });

  it('logs access as JSON and throttles the default stage', () => {
    expect(propsOf('AWS::ApiGatewayV2::Stage')).toEqual([
      expect.objectContaining({
        StageName: '$default',
        AccessLogSettings: {
          DestinationArn: expect.anything(),
          Format: expect.stringContaining('"requestId"'),
        },
        DefaultRouteSettings: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 },
      }),
    ]);
  });
});

describe('Cognito', () => {
  it('lets the portal sign in through the hosted pages with the code grant only, back to the portal', () => {
    const [client] = propsOf('AWS::Cognito::UserPoolClient');
    expect(client).toMatchObject({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
    });
    // The portal's CloudFront address, from the web stack, with the trailing slash the portal redirects to.
    for (const urls of [client?.CallbackURLs, client?.LogoutURLs]) {
      expect(urls).toHaveLength(1);
      expect(JSON.stringify(urls)).toMatch(/https:\/\/.*DistributionDomainName|Fn::ImportValue/);
      expect(JSON.stringify(urls)).toContain('/"]');
    }
    expect(propsOf('AWS::Cognito::UserPoolDomain')).toHaveLength(1);
  });

  it('has the three groups, a custom:cityId attribute, mandatory TOTP and no self sign-up', () => {
    const groups = Object.values(resourcesOf(workflow, 'AWS::Cognito::UserPoolGroup')).map(
      (g) => g.Properties?.GroupName,
    );
    expect(groups.sort()).toEqual(['city', 'secretariat', 'verifier']);
    expect(propsOf('AWS::Cognito::UserPool')[0]).toMatchObject({
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Schema: expect.arrayContaining([
        expect.objectContaining({ Name: 'cityId', AttributeDataType: 'String', Mutable: true }),
      ]),
    });
  });

  it('lets the portal client write neither custom:cityId nor any other custom attribute', () => {
    const [client] = Object.values(resourcesOf(workflow, 'AWS::Cognito::UserPoolClient'));
    expect(client?.Properties).toMatchObject({
      GenerateSecret: false,
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect(client?.Properties?.WriteAttributes).toEqual(expect.arrayContaining(['email', 'name']));
    expect(JSON.stringify(client?.Properties?.WriteAttributes)).not.toContain('custom:');
  });
});

describe('events and schedule', () => {
  it('sends Object Created events under uploads/ of the uploads bucket to upload-event', () => {
    expect(propsOf('AWS::Events::Rule')).toContainEqual(
      expect.objectContaining({
        EventPattern: {
          source: ['aws.s3'],
          'detail-type': ['Object Created'],
          detail: { bucket: { name: [expect.anything()] }, object: { key: [{ prefix: 'uploads/' }] } },
        },
        Targets: [expect.objectContaining({ Arn: { 'Fn::GetAtt': [functionId('upload-event'), 'Arn'] } })],
      }),
    );
  });

  it('runs the sweeper every 15 minutes', () => {
    expect(propsOf('AWS::Events::Rule')).toContainEqual(
      expect.objectContaining({
        ScheduleExpression: 'rate(15 minutes)',
        Targets: [expect.objectContaining({ Arn: { 'Fn::GetAtt': [functionId('sweeper'), 'Arn'] } })],
      }),
    );
  });

  it('sends failed, timed-out and aborted runs of the six stage machines to execution-failed', () => {
    const rule = propsOf('AWS::Events::Rule').find((r) => r.EventPattern?.source?.[0] === 'aws.states');
    expect(rule?.EventPattern).toMatchObject({
      'detail-type': ['Step Functions Execution Status Change'],
      detail: { status: ['FAILED', 'TIMED_OUT', 'ABORTED'] },
    });
    const watched = JSON.stringify(rule?.EventPattern.detail.stateMachineArn);
    for (const machine of stageMachineNames) expect(watched).toContain(machineId(machine));
    expect(rule?.Targets).toEqual([
      expect.objectContaining({ Arn: { 'Fn::GetAtt': [functionId('execution-failed'), 'Arn'] } }),
    ]);
  });
});

describe('alarms', () => {
  const alarms = Object.values(resourcesOf(workflow, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties!);
  const topicRef = { Ref: Object.keys(resourcesOf(workflow, 'AWS::SNS::Topic'))[0] };

  it('watch every stage machine for failed, timed-out or aborted runs', () => {
    for (const machine of stageMachineNames) {
      const alarm = alarms.find((a) => a.AlarmName === `u4ssc-dev-${machine}-failed`);
      const metrics = JSON.stringify(alarm?.Metrics);
      expect(metrics).toContain('ExecutionsFailed');
      expect(metrics).toContain('ExecutionsTimedOut');
      expect(metrics).toContain('ExecutionsAborted');
      expect(metrics).toContain(machineId(machine));
      expect(alarm?.AlarmActions).toEqual([topicRef]);
    }
  });

  it('watch every function for errors', () => {
    for (const name of allNames) {
      const alarm = alarms.find((a) => a.AlarmName === `u4ssc-dev-${name}-errors`);
      expect(alarm).toMatchObject({ MetricName: 'Errors', Threshold: 1, AlarmActions: [topicRef] });
      expect(alarm?.Dimensions).toEqual([{ Name: 'FunctionName', Value: { Ref: functionId(name) } }]);
    }
  });
});
