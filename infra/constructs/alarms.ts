// One SNS topic for operations and an alarm on every signal that something is lost or stuck: stage runs that fail,
// time out or are aborted, function errors and throttles, async events dropped or parked in a failed-events queue,
// API 5xx and latency, DynamoDB throttling, reminders the sweep could not send, and SES bounces and complaints.
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { DeployConfig } from '../config.ts';
import { acknowledge } from '../nag.ts';
import type { ProjectFunction } from './project-function.ts';

export interface AlarmsProps {
  config: DeployConfig;
  machines: Record<string, StateMachine>;
  functions: Record<string, ProjectFunction>;
  /** The functions EventBridge invokes asynchronously, by name, with the queue their failed events land in. */
  failedEventQueues: Record<string, Queue>;
  api: HttpApi;
  tableName: string;
  /** The SES configuration set every e-mail is sent with; its event destination publishes these metrics. */
  configurationSetName: string;
}

const period = Duration.minutes(5);
/** The portal's slowest acceptable answer (p95); API Gateway itself gives up at 30 s. */
export const API_LATENCY_P95_MS = 5_000;

export class Alarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const { prefix, alarmEmail } = props.config;
    this.topic = new Topic(this, 'Topic', { topicName: `${prefix}-alarms`, enforceSSL: true });
    if (alarmEmail) {
      const subscription = this.topic.addSubscription(new EmailSubscription(alarmEmail));
      acknowledge(subscription, {
        'Serverless-SNSRedrivePolicy':
          'An e-mail subscription that SNS cannot deliver has no queue to read it from; the alarm stays in ALARM on the console and in the alarm history.',
      });
    }
    const action = new SnsAction(this.topic);

    // The construct id is the alarm's name, except for the alarms that predate issue 17: they keep theirs, so an
    // update does not replace them.
    const alarm = (
      name: string,
      metric: IMetric,
      description: string,
      { threshold = 1, evaluationPeriods = 1, id = name } = {},
    ) =>
      new Alarm(this, id, {
        alarmName: `${prefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(action);
    const sum = (expression: string, usingMetrics: Record<string, IMetric>) =>
      new MathExpression({ expression, usingMetrics, period });

    for (const [machine, stateMachine] of Object.entries(props.machines)) {
      // Timed-out and aborted runs are not counted as failed, yet they leave the pilot waiting just the same.
      const stopped = sum('FILL(failed, 0) + FILL(timedOut, 0) + FILL(aborted, 0)', {
        failed: stateMachine.metricFailed({ period }),
        timedOut: stateMachine.metricTimedOut({ period }),
        aborted: stateMachine.metricAborted({ period }),
      });
      alarm(`${machine}-failed`, stopped, `A ${machine} run failed, timed out or was aborted.`, {
        id: `${machine}Failed`,
      });
    }
    for (const [name, { fn }] of Object.entries(props.functions)) {
      alarm(`${name}-errors`, fn.metricErrors({ period }), `${name} threw an error.`, {
        id: `${name}Errors`,
      });
      alarm(
        `${name}-throttles`,
        fn.metricThrottles({ period }),
        `${name} was throttled: an invocation was refused for want of concurrency.`,
      );
    }
    for (const [name, queue] of Object.entries(props.failedEventQueues)) {
      alarm(
        `${name}-dropped`,
        new Metric({
          namespace: 'AWS/Lambda',
          metricName: 'AsyncEventsDropped',
          dimensionsMap: { FunctionName: props.functions[name]!.fn.functionName },
          statistic: Stats.SUM,
          period,
        }),
        `Lambda dropped an asynchronous event of ${name} without delivering it to its failed-events queue.`,
      );
      alarm(
        `${name}-failed-events`,
        queue.metricApproximateNumberOfMessagesVisible({ period, statistic: Stats.MAXIMUM }),
        `Events ${name} failed on wait in its queue: see docs/deploy.md, "A failed event", to redrive them.`,
      );
    }

    alarm('api-5xx', props.api.metricServerError({ period, statistic: Stats.SUM }), 'The API answered 5xx.');
    alarm(
      'api-latency',
      props.api.metricLatency({ period, statistic: Stats.p(95) }),
      `The API's p95 latency stayed at or above ${API_LATENCY_P95_MS} ms for 15 minutes.`,
      { threshold: API_LATENCY_P95_MS, evaluationPeriods: 3 },
    );

    const table = (metricName: string) =>
      new Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: { TableName: props.tableName },
        statistic: Stats.SUM,
        period,
      });
    alarm(
      'table-throttles',
      sum('FILL(reads, 0) + FILL(writes, 0)', {
        reads: table('ReadThrottleEvents'),
        writes: table('WriteThrottleEvents'),
      }),
      'DynamoDB throttled reads or writes of the pilots table.',
    );

    // Published by the configuration set's CloudWatch event destination, under the dimension it names.
    const ses = (metricName: string) =>
      new Metric({
        namespace: 'AWS/SES',
        metricName,
        dimensionsMap: { 'ses:configuration-set': props.configurationSetName },
        statistic: Stats.SUM,
        period,
      });
    // The sweeper logs its report (functions/sweeper.ts); a reminder it could not send is retried, not lost, but
    // one that keeps failing (an unverified recipient in the sandbox) needs a person.
    const remindersFailed = new MetricFilter(this, 'RemindersFailedFilter', {
      logGroup: props.functions.sweeper!.logGroup,
      filterPattern: FilterPattern.numberValue('$.remindersFailed', '>', 0),
      metricNamespace: `u4ssc/${props.config.stage}`,
      metricName: 'RemindersFailed',
      metricValue: '$.remindersFailed',
    });
    alarm(
      'reminders-failed',
      remindersFailed.metric({ period, statistic: Stats.SUM }),
      'The sweep could not send a deadline reminder; it tries again every 15 minutes (see the sweeper logs).',
    );
    alarm('email-bounces', ses('Bounce'), 'An e-mail bounced: a recipient address is wrong or refuses mail.');
    alarm(
      'email-complaints',
      ses('Complaint'),
      'A recipient marked an e-mail as spam; SES pauses accounts with many complaints.',
    );
  }
}
