// One SNS topic for operations, and an alarm on every stage machine's failed runs and every function's errors.
import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { DeployConfig } from '../config.ts';
import type { ProjectFunction } from './project-function.ts';

export interface AlarmsProps {
  config: DeployConfig;
  machines: Record<string, StateMachine>;
  functions: Record<string, ProjectFunction>;
}

const period = Duration.minutes(5);

export class Alarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const { prefix, alarmEmail } = props.config;
    this.topic = new Topic(this, 'Topic', { topicName: `${prefix}-alarms`, enforceSSL: true });
    if (alarmEmail) this.topic.addSubscription(new EmailSubscription(alarmEmail));
    const action = new SnsAction(this.topic);

    const alarm = (alarmId: string, name: string, metric: IMetric, description: string) =>
      new Alarm(this, alarmId, {
        alarmName: `${prefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(action);

    for (const [machine, stateMachine] of Object.entries(props.machines)) {
      // A timed-out run is not counted as failed, yet it leaves the pilot waiting just the same.
      const failedOrTimedOut = new MathExpression({
        expression: 'FILL(failed, 0) + FILL(timedOut, 0)',
        usingMetrics: {
          failed: stateMachine.metricFailed({ period }),
          timedOut: stateMachine.metricTimedOut({ period }),
        },
        period,
      });
      alarm(
        `${machine}Failed`,
        `${machine}-failed`,
        failedOrTimedOut,
        `A ${machine} run failed or timed out.`,
      );
    }
    for (const [name, { fn }] of Object.entries(props.functions)) {
      alarm(`${name}Errors`, `${name}-errors`, fn.metricErrors({ period }), `${name} threw an error.`);
    }
  }
}
