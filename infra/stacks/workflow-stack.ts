// The workflow: task and entry functions, stage machines, HTTP API with Cognito, events with their failed-event
// queues, schedule, alarms.
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { TaskName } from '../../core/stage-tasks/task-names.ts';
import type { DeployConfig } from '../config.ts';
import { Alarms } from '../constructs/alarms.ts';
import { Auth } from '../constructs/auth.ts';
import { EntryFunctions } from '../constructs/entry-functions.ts';
import { FailedEvents } from '../constructs/failed-events.ts';
import { Api } from '../constructs/http-api.ts';
import { StageStateMachines } from '../constructs/stage-state-machines.ts';
import { TaskFunctions } from '../constructs/task-functions.ts';
import { type EntryName, eventTargets } from '../entry-specs.ts';
import type { TaskSpec } from '../task-specs.ts';
import { dataNames } from './data-stack.ts';
import { configurationSetName } from './email-stack.ts';

export interface WorkflowStackProps extends StackProps {
  config: DeployConfig;
  portalOrigin: string;
  /** Defaults to the stage-machine table's specs. */
  taskSpecs?: Record<TaskName, TaskSpec>;
}

/** The presigned POST policy's limit; the upload-event function checks it again. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export class WorkflowStack extends Stack {
  readonly tasks: TaskFunctions;
  readonly entries: EntryFunctions;
  readonly machines: StageStateMachines;
  readonly api: Api;
  readonly auth: Auth;
  readonly failedEvents: Partial<Record<EntryName, FailedEvents>>;

  constructor(scope: Construct, id: string, props: WorkflowStackProps) {
    super(scope, id, props);
    const { config } = props;
    const names = dataNames(config.prefix);
    const uploads = Bucket.fromBucketName(this, 'Uploads', names.uploads);
    const documents = Bucket.fromBucketName(this, 'Documents', names.documents);
    const signingKey = Secret.fromSecretNameV2(this, 'SigningKey', names.signingKey);

    const mailConfiguration = configurationSetName(config.prefix);
    const environment = {
      TABLE_NAME: names.table,
      UPLOADS_BUCKET: uploads.bucketName,
      DOCUMENTS_BUCKET: documents.bucketName,
      FROM_ADDRESS: config.fromAddress,
      SECRETARIAT_EMAIL: config.secretariatEmail,
      PORTAL_URL: props.portalOrigin,
      MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
      OBJECT_LOCK_MODE: config.objectLock.mode,
      OBJECT_LOCK_DAYS: String(config.objectLock.days),
    };
    const targets = {
      tableArn: this.formatArn({ service: 'dynamodb', resource: 'table', resourceName: names.table }),
      uploads,
      documents,
      fromAddress: config.fromAddress,
      configurationSetName: mailConfiguration,
      signingKey,
    };

    this.tasks = new TaskFunctions(this, 'Tasks', {
      config,
      environment,
      targets,
      specs: props.taskSpecs,
    });
    this.machines = new StageStateMachines(this, 'Stages', { config, functions: this.tasks.byTask });
    this.entries = new EntryFunctions(this, 'Entries', {
      config,
      environment,
      targets,
      machines: this.machines.byName,
      fonts: this.tasks.fonts,
    });
    const allFunctions = { ...this.tasks.byTask, ...this.entries.byName };
    // EventBridge invokes these asynchronously: after a function error Lambda retries twice and would then drop the
    // event. Each gets a queue that keeps what Lambda gave up on and what EventBridge could not deliver.
    this.failedEvents = Object.fromEntries(
      eventTargets.map((name) => [
        name,
        new FailedEvents(this, `${name}Failed`, { config, name, fn: this.entries.byName[name] }),
      ]),
    ) as Record<EntryName, FailedEvents>;
    const target = (name: EntryName) => this.failedEvents[name]!.target();

    this.auth = new Auth(this, 'Auth', {
      config,
      portalOrigin: props.portalOrigin,
      configurationSetName: mailConfiguration,
    });
    this.auth.grantAccountManagement(this.entries.byName.api.fn);
    this.api = new Api(this, 'Api', {
      config,
      handler: this.entries.byName.api.fn,
      userPool: this.auth.userPool,
      client: this.auth.portalClient,
      portalOrigin: props.portalOrigin,
    });

    new Rule(this, 'UploadCreated', {
      ruleName: `${config.prefix}-upload-created`,
      description: 'A workbook arrived under uploads/ in the uploads bucket.',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [uploads.bucketName] }, object: { key: [{ prefix: 'uploads/' }] } },
      },
      // The handler is idempotent per upload, so a redriven event is safe; the sweeper also finds a lost upload.
      targets: [target('upload-event')],
    });
    new Rule(this, 'Sweep', {
      ruleName: `${config.prefix}-sweep`,
      description: 'Deadline reminders and re-driving stage runs left pending.',
      schedule: Schedule.rate(Duration.minutes(15)),
      targets: [target('sweeper')],
    });

    new Rule(this, 'ExecutionFailed', {
      ruleName: `${config.prefix}-execution-failed`,
      description:
        'A stage execution ended failed, timed out or aborted: put it on the pilot timeline (idempotent with Catch).',
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: {
          status: ['FAILED', 'TIMED_OUT', 'ABORTED'],
          stateMachineArn: Object.values(this.machines.byName).map((m) => m.stateMachineArn),
        },
      },
      targets: [target('execution-failed')],
    });

    const alarms = new Alarms(this, 'Alarms', {
      config,
      machines: this.machines.byName,
      functions: allFunctions,
      failedEventQueues: Object.fromEntries(
        Object.entries(this.failedEvents).map(([name, failed]) => [name, failed.queue]),
      ),
      api: this.api.httpApi,
      tableName: names.table,
      configurationSetName: mailConfiguration,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'PortalClientId', { value: this.auth.portalClient.userPoolClientId });
    new CfnOutput(this, 'SignInDomain', { value: this.auth.domainUrl });
    new CfnOutput(this, 'PortalUrl', { value: props.portalOrigin });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topic.topicArn });
  }
}
