// One Lambda function the project's way: bundled ESM on arm64, its own role and log group, traced, acknowledged once here.
import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  type ILayerVersion,
  Function as LambdaFunction,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type BundleNeeds, lambdaCode } from '../bundling.ts';
import type { DeployConfig } from '../config.ts';
import { acknowledge } from '../nag.ts';
import { stageLogGroup } from './log-group.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The Powertools service name the functions log under; adapters/aws/logger.ts is created with the same name. */
export const SERVICE_NAME = 'u4ssc';

export interface ProjectFunctionProps {
  config: DeployConfig;
  /** Short name: the physical name becomes `<prefix>-<name>`. */
  name: string;
  /** Entry file relative to the project root, e.g. `functions/tasks/checkLetter.ts`. */
  entry: string;
  memoryMb: number;
  timeoutSeconds: number;
  /** At most this many run at once; more invocations are throttled (TooManyRequestsException), not queued. */
  reservedConcurrency?: number;
  environment: Record<string, string>;
  /** Which optional SDK modules the bundle holds. */
  needs: BundleNeeds;
  /** Layers it reads files from (the fonts, for the functions that render PDFs). */
  layers?: ILayerVersion[];
  /** Who invokes it: only EventBridge invokes asynchronously, and such a function gets an on-failure destination. */
  invokedBy: 'API Gateway' | 'Step Functions' | 'EventBridge';
}

export class ProjectFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  /** What its code asset is bundled from, so that a local host can build the same bundle (local/iam/synth.ts). */
  readonly code: Pick<ProjectFunctionProps, 'entry' | 'needs'>;

  constructor(scope: Construct, id: string, props: ProjectFunctionProps) {
    super(scope, id);
    this.code = { entry: props.entry, needs: props.needs };
    const { config } = props;
    const functionName = `${config.prefix}-${props.name}`;
    this.logGroup = stageLogGroup(this, 'Logs', config, `/aws/lambda/${functionName}`);
    // An explicit role instead of AWSLambdaBasicExecutionRole: it may write only to this function's log group.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${functionName}`,
    });
    this.logGroup.grantWrite(this.role);
    this.fn = new LambdaFunction(this, 'Function', {
      functionName,
      code: lambdaCode(projectRoot, props.entry, props.needs),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memoryMb,
      timeout: Duration.seconds(props.timeoutSeconds),
      reservedConcurrentExecutions: props.reservedConcurrency,
      layers: props.layers,
      role: this.role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_LOG_LEVEL: config.stage === 'prod' ? 'INFO' : 'DEBUG',
        ...props.environment,
      },
    });
    acknowledge(this.fn, {
      'Serverless-LambdaDLQ':
        props.invokedBy === 'EventBridge'
          ? 'Its failed asynchronous events go to an on-failure destination (infra/constructs/failed-events.ts), which records the request and the error, unlike a dead-letter config.'
          : `${props.invokedBy} invokes it synchronously and receives its errors; Lambda has no failed event to keep.`,
    });
    acknowledge(this.role, {
      'AwsSolutions-IAM5[Resource::*]':
        'Active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions.',
    });
  }
}
