// Where an asynchronously invoked function's failed events wait: one SQS queue per function, fed by Lambda's
// on-failure destination and by its EventBridge rules' dead-letter config, redriven by scripts/redrive.ts.
import { Duration } from 'aws-cdk-lib';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DeployConfig } from '../config.ts';
import { acknowledge } from '../nag.ts';
import type { ProjectFunction } from './project-function.ts';

/** Lambda's own retries of a function error; after the last one the event goes to the queue instead of being dropped. */
export const ASYNC_RETRY_ATTEMPTS = 2;
/** How long Lambda keeps an event it could not yet run (throttled) before it too goes to the queue. */
export const ASYNC_MAX_EVENT_AGE = Duration.hours(6);
/** EventBridge retries delivering to Lambda (not the function's errors) for a day. */
export const DELIVERY_MAX_EVENT_AGE = Duration.hours(24);
/** SQS's longest retention: two weeks to notice the alarm and redrive. */
export const FAILED_EVENT_RETENTION = Duration.days(14);

/** The queue's name for a function; the redrive script derives it the same way. */
export const failedEventsQueueName = (prefix: string, functionName: string) =>
  `${prefix}-${functionName}-failed`;

export class FailedEvents extends Construct {
  readonly queue: Queue;
  private readonly fn: ProjectFunction;

  constructor(
    scope: Construct,
    id: string,
    props: { config: DeployConfig; name: string; fn: ProjectFunction },
  ) {
    super(scope, id);
    this.fn = props.fn;
    this.queue = new Queue(this, 'Queue', {
      queueName: failedEventsQueueName(props.config.prefix, props.name),
      retentionPeriod: FAILED_EVENT_RETENTION,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    acknowledge(this.queue, {
      'AwsSolutions-SQS3':
        'This queue is itself the dead-letter queue of a Lambda function and its EventBridge rules; its messages are redriven by scripts/redrive.ts, never consumed.',
      'Serverless-SQSRedrivePolicy':
        'This queue is itself the dead-letter queue of a Lambda function and its EventBridge rules; a queue behind it would only move the same messages.',
    });
    props.fn.fn.configureAsyncInvoke({
      onFailure: new SqsDestination(this.queue),
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      maxEventAge: ASYNC_MAX_EVENT_AGE,
    });
  }

  /** The function as an EventBridge rule target whose undeliverable events land in the same queue. */
  target(): LambdaFunction {
    return new LambdaFunction(this.fn.fn, {
      deadLetterQueue: this.queue,
      maxEventAge: DELIVERY_MAX_EVENT_AGE,
      retryAttempts: 185,
    });
  }
}
