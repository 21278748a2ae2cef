// Issue 17, item by item, against the synthesized stage: failed events kept and redriven, alarms, e-mail that works
// on the first day, evidence that cannot be altered, stacks that redeploy, and the offline preflight.
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { stageMachineNames } from '../../core/lifecycle/stages.ts';
import { taskNames } from '../../core/stage-tasks/task-names.ts';
import { bundleMetafile } from '../../infra/bundling.ts';
import { readConfig } from '../../infra/config.ts';
import { failedEventsQueueName } from '../../infra/constructs/failed-events.ts';
import { publicRoutes } from '../../infra/constructs/http-api.ts';
import { entryNames, entrySpecs, eventTargets } from '../../infra/entry-specs.ts';
import { preflight } from '../../infra/preflight.ts';
import { retainedNames } from '../../infra/retained.ts';
import { taskSpecs } from '../../infra/task-specs.ts';
import { describeEvent, parseFailedEvent } from '../../scripts/lib/failed-events.ts';
import { recipientSteps } from '../../scripts/lib/sandbox-recipients.ts';
import {
  devSenders,
  prodContext,
  type Resources,
  resourcesOf,
  statementsOfRoleFor,
  synthStage,
} from './support/synth.ts';

const dev = synthStage();
const prod = synthStage({ context: prodContext });
const workflowResources = dev.workflow.toJSON().Resources as Resources;
const contextOf = (context: Record<string, unknown>) => new App({ context }).node;

/** The logical id of the function with this short name in the dev workflow stack. */
function functionId(name: string): string {
  const found = Object.entries(resourcesOf(dev.workflow, 'AWS::Lambda::Function')).find(
    ([, fn]) => fn.Properties.FunctionName === `u4ssc-dev-${name}`,
  );
  if (!found) throw new Error(`no function ${name}`);
  return found[0];
}

function queueId(name: string): string {
  const found = Object.entries(resourcesOf(dev.workflow, 'AWS::SQS::Queue')).find(
    ([, queue]) => queue.Properties.QueueName === failedEventsQueueName('u4ssc-dev', name),
  );
  if (!found) throw new Error(`no failed-events queue for ${name}`);
  return found[0];
}

const queueArn = (name: string) => ({ 'Fn::GetAtt': [queueId(name), 'Arn'] });

describe('1. failed events are kept, watched and redriven', () => {
  it.each(eventTargets)('%s sends what it failed on, after two retries, to its own queue', (name) => {
    const configs = Object.values(resourcesOf(dev.workflow, 'AWS::Lambda::EventInvokeConfig'))
      .map((c) => c.Properties)
      .filter((c) => c.FunctionName.Ref === functionId(name));
    expect(configs).toEqual([
      expect.objectContaining({
        MaximumRetryAttempts: 2,
        MaximumEventAgeInSeconds: 6 * 3600,
        DestinationConfig: { OnFailure: { Destination: queueArn(name) } },
      }),
    ]);
  });

  it('gives every EventBridge target a dead-letter queue, the queue of the function it invokes', () => {
    const targets = Object.values(resourcesOf(dev.workflow, 'AWS::Events::Rule')).flatMap(
      (rule) => rule.Properties.Targets,
    );
    expect(targets).toHaveLength(eventTargets.length);
    for (const name of eventTargets) {
      expect(targets).toContainEqual(
        expect.objectContaining({
          Arn: { 'Fn::GetAtt': [functionId(name), 'Arn'] },
          DeadLetterConfig: { Arn: queueArn(name) },
          RetryPolicy: { MaximumEventAgeInSeconds: 24 * 3600, MaximumRetryAttempts: 185 },
        }),
      );
    }
  });

  it('lets EventBridge write to a queue only for its own rule', () => {
    const policies = Object.values(resourcesOf(dev.workflow, 'AWS::SQS::QueuePolicy'));
    for (const name of eventTargets) {
      const statements = policies
        .filter((p) => JSON.stringify(p.Properties.Queues).includes(queueId(name)))
        .flatMap((p) => p.Properties.PolicyDocument.Statement);
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Allow',
          Action: 'sqs:SendMessage',
          Principal: { Service: 'events.amazonaws.com' },
          Condition: { ArnEquals: { 'aws:SourceArn': expect.anything() } },
        }),
      );
    }
  });

  it('keeps failed events two weeks and alarms as soon as one waits', () => {
    const alarms = Object.values(resourcesOf(dev.workflow, 'AWS::CloudWatch::Alarm')).map(
      (a) => a.Properties,
    );
    for (const name of eventTargets) {
      expect(workflowResources[queueId(name)]?.Properties.MessageRetentionPeriod).toBe(14 * 86_400);
      const depth = alarms.find((a) => a.AlarmName === `u4ssc-dev-${name}-failed-events`);
      expect(depth).toMatchObject({
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Threshold: 1,
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId(name), 'QueueName'] } }],
      });
    }
  });

  it('redrives the original event from either kind of message', () => {
    const uploadEvent = {
      id: 'e1',
      'detail-type': 'Object Created',
      source: 'aws.s3',
      time: '2026-03-02T09:00:00Z',
      detail: { bucket: { name: 'u4ssc-dev-uploads-1-eu-west-1' }, object: { key: 'uploads/p1/u1.xlsx' } },
    };
    const fromLambda = parseFailedEvent(
      JSON.stringify({
        version: '1.0',
        timestamp: '2026-03-02T09:01:00.000Z',
        requestContext: { requestId: 'r1', condition: 'RetriesExhausted', approximateInvokeCount: 3 },
        requestPayload: uploadEvent,
        responseContext: { statusCode: 200, functionError: 'Unhandled' },
        responsePayload: { errorType: 'TimeoutError', errorMessage: 'DynamoDB timed out' },
      }),
    );
    const fromEventBridge = parseFailedEvent(JSON.stringify(uploadEvent), {
      ERROR_CODE: { StringValue: 'ResourceNotFoundException' },
    });

    expect(fromLambda).toEqual({
      event: uploadEvent,
      origin: 'lambda',
      at: '2026-03-02T09:01:00.000Z',
      reason: 'RetriesExhausted after 3 attempts (TimeoutError: DynamoDB timed out)',
    });
    expect(fromEventBridge).toMatchObject({
      event: uploadEvent,
      reason: 'not delivered: ResourceNotFoundException',
    });
    expect(describeEvent(fromLambda.event)).toBe(
      'Object Created s3://u4ssc-dev-uploads-1-eu-west-1/uploads/p1/u1.xlsx',
    );
    expect(() => parseFailedEvent('{"hello":1}')).toThrow(/neither/);
  });
});

describe('2. alarms', () => {
  const alarms = Object.values(resourcesOf(dev.workflow, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties);
  const names = alarms.map((a) => a.AlarmName as string);
  const metricsOf = (name: string) => JSON.stringify(alarms.find((a) => a.AlarmName === `u4ssc-dev-${name}`));

  it('cover every signal of something lost or stuck, and nothing twice', () => {
    expect(names.sort()).toEqual(
      [
        ...stageMachineNames.map((m) => `${m}-failed`),
        ...[...taskNames, ...entryNames].flatMap((f) => [`${f}-errors`, `${f}-throttles`]),
        ...eventTargets.flatMap((f) => [`${f}-dropped`, `${f}-failed-events`]),
        'api-5xx',
        'api-latency',
        'table-throttles',
        'reminders-failed',
        'email-bounces',
        'email-complaints',
      ]
        .map((n) => `u4ssc-dev-${n}`)
        .sort(),
    );
  });

  it('read the metric each signal is published as', () => {
    expect(metricsOf('certification-failed')).toContain('ExecutionsAborted');
    expect(metricsOf('validateSubmission-throttles')).toContain('"Throttles"');
    expect(metricsOf('upload-event-dropped')).toContain('AsyncEventsDropped');
    expect(metricsOf('api-5xx')).toContain('5xx');
    expect(metricsOf('api-latency')).toContain('p95');
    expect(metricsOf('table-throttles')).toContain('WriteThrottleEvents');
    expect(metricsOf('table-throttles')).toContain('u4ssc-dev-pilots');
    expect(metricsOf('email-bounces')).toMatch(/"Bounce".*u4ssc-dev-mail|u4ssc-dev-mail.*"Bounce"/);
    expect(metricsOf('email-complaints')).toContain('Complaint');
    expect(metricsOf('reminders-failed')).toContain('RemindersFailed');
    dev.workflow.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.remindersFailed > 0 }',
    });
  });

  it('all notify the operations topic', () => {
    const [topicId] = Object.keys(resourcesOf(dev.workflow, 'AWS::SNS::Topic'));
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
  });

  it('are mailed to operations in prod, where an alarm e-mail is required', () => {
    prod.workflow.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: prodContext.alarmEmail,
    });
    const { alarmEmail: _none, ...withoutAlarmEmail } = prodContext;
    expect(() => readConfig(contextOf(withoutAlarmEmail))).toThrow(/alarmEmail is required in prod/);
  });
});

describe('3. e-mail that works on the first day', () => {
  it('needs the sender and the secretariat address, with no placeholder default', () => {
    expect(() => readConfig(contextOf({}))).toThrow(
      /fromAddress is required: pass -c fromAddress=[\s\S]*secretariatEmail is required/,
    );
  });

  it.each([
    ['fromAddress', 'no-reply@example.org'],
    ['secretariatEmail', 'secretariat@u4ssc.test'],
    ['alarmEmail', 'ops@mail.example'],
  ])('refuses prod with %s at a placeholder domain, naming the setting', (key, address) => {
    expect(() => readConfig(contextOf({ ...prodContext, [key]: address }))).toThrow(
      new RegExp(`${key} ${address.replace('.', '\\.')} is at a placeholder domain`),
    );
  });

  it('verifies the one address in dev and the whole domain in prod, so the two never collide', () => {
    const shared = 'no-reply@u4ssc.org';
    const devConfig = readConfig(contextOf({ ...devSenders, fromAddress: shared }));
    const prodConfig = readConfig(contextOf({ ...prodContext, fromAddress: shared }));
    expect(devConfig.senderIdentity).toEqual({ kind: 'address', name: shared });
    expect(prodConfig.senderIdentity).toEqual({ kind: 'domain', name: 'u4ssc.org' });
    const identity = (template: typeof dev.email) =>
      Object.values(resourcesOf(template, 'AWS::SES::EmailIdentity')).map((r) => r.Properties);
    const [configurationSetId] = Object.keys(resourcesOf(dev.email, 'AWS::SES::ConfigurationSet'));
    expect(identity(dev.email)).toEqual([
      expect.objectContaining({
        EmailIdentity: devSenders.fromAddress,
        ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSetId } },
      }),
    ]);
    expect(identity(prod.email)).toEqual([expect.objectContaining({ EmailIdentity: 'u4ssc.org' })]);
    expect(Object.keys(prod.email.toJSON().Outputs)).toEqual(['DkimRecord1', 'DkimRecord2', 'DkimRecord3']);
  });

  it('records bounces and complaints through a configuration set, and stops mailing such addresses', () => {
    dev.email.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: 'u4ssc-dev-mail',
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    const destinations = Object.values(
      resourcesOf(dev.email, 'AWS::SES::ConfigurationSetEventDestination'),
    ).map((r) => r.Properties.EventDestination);
    expect(destinations).toEqual([
      expect.objectContaining({
        Enabled: true,
        MatchingEventTypes: expect.arrayContaining(['bounce', 'complaint']),
        CloudWatchDestination: {
          DimensionConfigurations: [
            {
              DimensionName: 'ses:configuration-set',
              DimensionValueSource: 'messageTag',
              DefaultDimensionValue: 'u4ssc-dev-mail',
            },
          ],
        },
      }),
    ]);
  });

  it('lets Cognito send through SES as the sender, with an invitation that links the portal', () => {
    const [pool] = Object.values(resourcesOf(dev.workflow, 'AWS::Cognito::UserPool'));
    expect(pool?.Properties.EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: `U4SSC pilot <${devSenders.fromAddress}>`,
      ConfigurationSet: 'u4ssc-dev-mail',
    });
    expect(JSON.stringify(pool?.Properties.EmailConfiguration.SourceArn)).toContain(
      `:identity/${devSenders.fromAddress}`,
    );
    const invitation = pool?.Properties.AdminCreateUserConfig.InviteMessageTemplate;
    const body = JSON.stringify(invitation.EmailMessage);
    for (const part of ['{username}', '{####}', 'DomainName', '您已受邀']) expect(body).toContain(part);
  });

  it('has a dev script verify sandbox recipients: each new address once, never a placeholder', () => {
    const known = { 'done@city.org': 'SUCCESS', 'waiting@city.org': 'PENDING' } as const;
    const steps = recipientSteps(
      ['new@city.org', 'NEW@city.org', 'done@city.org', 'waiting@city.org', 'x@example.org', 'nope'],
      (address) => known[address as keyof typeof known],
    );
    expect(steps.map((s) => `${s.address} ${s.action}`)).toEqual([
      'new@city.org create',
      'done@city.org none',
      'waiting@city.org none',
      'x@example.org refuse',
      'nope refuse',
    ]);
  });

  it('creates the sender identity in a stack the workflow (and its user pool) is deployed after', () => {
    expect(dev.stage.workflow.dependencies).toContain(dev.stage.email);
    expect(resourcesOf(dev.workflow, 'AWS::SES::EmailIdentity')).toEqual({});
  });
});

describe('4. evidence that cannot be altered', () => {
  const bucket = (template: typeof dev.data, purpose: string) =>
    Object.values(resourcesOf(template, 'AWS::S3::Bucket')).find((b) =>
      JSON.stringify(b.Properties.BucketName).includes(`-${purpose}-`),
    )?.Properties;

  it('locks every document by default: governance for a day in dev, compliance for seven years in prod', () => {
    expect(bucket(dev.data, 'documents')).toMatchObject({
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } },
      },
    });
    expect(bucket(prod.data, 'documents')?.ObjectLockConfiguration.Rule.DefaultRetention).toEqual({
      Mode: 'COMPLIANCE',
      Days: 7 * 365,
    });
  });

  it('enables Object Lock on the uploads bucket without a default, so browser uploads need no checksum', () => {
    const uploads = bucket(dev.data, 'uploads');
    expect(uploads?.ObjectLockEnabled).toBe(true);
    expect(uploads?.ObjectLockConfiguration?.Rule).toBeUndefined();
  });

  it('tells the functions the retention their copies of submissions get, and lets them set it there only', () => {
    const variables = workflowResources[functionId('upload-event')]?.Properties.Environment.Variables;
    expect(variables).toMatchObject({ OBJECT_LOCK_MODE: 'GOVERNANCE', OBJECT_LOCK_DAYS: '1' });
    const retention = statementsOfRoleFor(dev.workflow, functionId('upload-event')).filter(
      (statement) => statement.Action === 's3:PutObjectRetention',
    );
    expect(JSON.stringify(retention.map((r) => r.Resource))).toMatch(/\/submissions\/\*"\]/);
    expect(
      statementsOfRoleFor(dev.workflow, functionId('validateSubmission')).some(
        (statement) => statement.Action === 's3:PutObjectRetention',
      ),
    ).toBe(false);
  });
});

describe('5. stacks that redeploy', () => {
  const templatesOf = (stage: typeof dev) =>
    Object.fromEntries(
      [stage.web, stage.data, stage.email, stage.workflow].map((t, i) => [
        ['web', 'data', 'email', 'workflow'][i]!,
        t.toJSON() as Parameters<typeof retainedNames>[0][string],
      ]),
    );
  const env = { account: '123456789012', region: 'eu-west-1' };

  it('lists every retained resource with a fixed name, for the procedure that imports or deletes it', () => {
    const devNames = retainedNames(templatesOf(dev), env).map((r) => `${r.stack} ${r.name}`);
    expect(devNames.sort()).toEqual(
      [
        'data u4ssc-dev-pilots',
        'data u4ssc-dev-uploads-123456789012-eu-west-1',
        'data u4ssc-dev-documents-123456789012-eu-west-1',
        'data u4ssc-dev-logs-123456789012-eu-west-1',
        'data u4ssc-dev/template-signing-key',
        'web u4ssc-dev-portal-123456789012-eu-west-1',
        'web u4ssc-dev-web-logs-123456789012-eu-west-1',
      ].sort(),
    );
    // Prod also keeps its log groups, each named after its function, machine or API.
    const prodLogGroups = retainedNames(templatesOf(prod), env).filter(
      (r) => r.type === 'AWS::Logs::LogGroup',
    );
    expect(prodLogGroups.length).toBe(taskNames.length + entryNames.length + stageMachineNames.length + 1);
    expect(prodLogGroups.every((r) => r.importKey === 'LogGroupName')).toBe(true);
  });

  it('sends the portal with a content security policy, HSTS, no framing and no sniffing', () => {
    const [policy] = Object.values(resourcesOf(dev.web, 'AWS::CloudFront::ResponseHeadersPolicy'));
    const headers = policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 365 * 86_400, IncludeSubdomains: true },
      FrameOptions: { FrameOption: 'DENY' },
      ContentTypeOptions: { Override: true },
    });
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const part of ["script-src 'self'", "frame-ancestors 'none'", 'execute-api', 'amazoncognito.com'])
      expect(csp).toContain(part);
    const [distribution] = Object.values(resourcesOf(dev.web, 'AWS::CloudFront::Distribution'));
    expect(distribution?.Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({
      Ref: Object.keys(resourcesOf(dev.web, 'AWS::CloudFront::ResponseHeadersPolicy'))[0],
    });
  });

  it('rate-limits each public route below the whole API (HTTP APIs take no WAF)', () => {
    const [stage] = Object.values(resourcesOf(dev.workflow, 'AWS::ApiGatewayV2::Stage'));
    expect(stage?.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: 50,
      ThrottlingBurstLimit: 100,
    });
    expect(Object.keys(stage?.Properties.RouteSettings).sort()).toEqual(
      publicRoutes.map((r) => `${r.method} ${r.path}`).sort(),
    );
    for (const limits of Object.values(stage?.Properties.RouteSettings))
      expect(limits).toEqual({ ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 });
  });

  it("logs HTTP API access with the HTTP API's own variables", () => {
    const [stage] = Object.values(resourcesOf(dev.workflow, 'AWS::ApiGatewayV2::Stage'));
    const format: string = stage?.Properties.AccessLogSettings.Format;
    const variables = Object.values(JSON.parse(format) as Record<string, string>);
    expect(variables).toEqual(expect.arrayContaining(['$context.routeKey', '$context.status']));
    // REST-only variables, which an HTTP API logs as "-".
    for (const restOnly of ['$context.identity.caller', '$context.identity.user', '$context.resourcePath'])
      expect(variables).not.toContain(restOnly);
  });

  it('shares the fonts in one layer, mounted by exactly the functions that render PDFs', () => {
    const layers = Object.keys(resourcesOf(dev.workflow, 'AWS::Lambda::LayerVersion'));
    expect(layers).toHaveLength(1);
    const withFonts = Object.values(resourcesOf(dev.workflow, 'AWS::Lambda::Function'))
      .filter((fn) => JSON.stringify(fn.Properties.Layers ?? []).includes(layers[0]!))
      .map((fn) => fn.Properties.FunctionName);
    const renderers = [
      ...taskNames.filter((task) => taskSpecs[task].rendersPdf),
      ...entryNames.filter((name) => entrySpecs[name].rendersPdf),
    ];
    expect(withFonts.sort()).toEqual(renderers.map((name) => `u4ssc-dev-${name}`).sort());
    // The letter, the report and the certificate tasks; the API for the factsheet it renders on request.
    expect(withFonts).toHaveLength(4);
  });

  it('ships no source maps: Lambda would read them only with --enable-source-maps, at every cold start', () => {
    const outputs = Object.keys(bundleMetafile('functions/sweeper.ts', entrySpecs.sweeper).outputs);
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.filter((file) => file.endsWith('.map'))).toEqual([]);
  });
});

describe('6. preflight', () => {
  const ready = { ...prodContext, sesMode: 'production' };

  it('passes a prod configuration that can deploy, with the DKIM step as a warning', () => {
    const findings = preflight(ready, 'eu-west-1');
    expect(findings.filter((f) => f.level === 'blocker')).toEqual([]);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/DKIM/);
  });

  it('prints every blocker of a first deploy at once', () => {
    const findings = preflight({ stage: 'prod', fromAddress: 'no-reply@example.org' }, undefined);
    expect(findings.filter((f) => f.level === 'blocker').map((f) => f.message)).toEqual([
      expect.stringMatching(/^No region/),
      expect.stringMatching(/^secretariatEmail is required/),
      expect.stringMatching(/^fromAddress no-reply@example\.org is at a placeholder domain/),
      expect.stringMatching(/^alarmEmail is required in prod/),
    ]);
    const refused = preflight(
      { ...prodContext, fromAddress: 'a@example.org', alarmEmail: undefined },
      'eu-west-1',
    );
    expect(refused.filter((f) => f.level === 'blocker').map((f) => f.message)).toEqual([
      expect.stringMatching(/^fromAddress a@example\.org is at a placeholder domain/),
      expect.stringMatching(/^alarmEmail is required in prod/),
      expect.stringMatching(/^SES is in the sandbox/),
    ]);
  });

  it('blocks a dev deploy whose sender can never be verified, and reminds of the sandbox', () => {
    const findings = preflight(devSenders, 'eu-west-1');
    expect(findings.filter((f) => f.level === 'blocker').map((f) => f.message)).toEqual([
      expect.stringMatching(/^fromAddress no-reply@u4ssc\.test is at a placeholder domain/),
      expect.stringMatching(/^secretariatEmail secretariat@u4ssc\.test is at a placeholder domain/),
    ]);
    const real = preflight({ fromAddress: 'me@u4ssc.org', secretariatEmail: 'me@u4ssc.org' }, 'eu-west-1');
    expect(real.filter((f) => f.level === 'blocker')).toEqual([]);
    expect(real.map((f) => f.message).join('\n')).toMatch(/ses:verify-recipients/);
  });

  it('refuses a region that is not one', () => {
    expect(preflight(ready, 'Europe')[0]).toEqual({
      level: 'blocker',
      message: 'Europe is not an AWS region name (e.g. eu-west-1)',
    });
  });
});
