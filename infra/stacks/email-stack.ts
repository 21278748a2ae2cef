// The stage's e-mail: the SES identity it sends as and the configuration set that records bounces and complaints.
// A stack of its own, deployed and verified first: Cognito refuses to create a user pool whose SES identity is not
// yet verified, so the workflow stack cannot be created in the same step.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import type { DeployConfig } from '../config.ts';

/** The configuration set's name, derived from the stage: the workflow stack finds it by name, like the data stack's. */
export const configurationSetName = (prefix: string) => `${prefix}-mail`;

/** The dimension SES publishes the configuration set's events under (its own automatic message tag). */
export const SES_EVENT_DIMENSION = 'ses:configuration-set';

export interface EmailStackProps extends StackProps {
  config: DeployConfig;
}

export class EmailStack extends Stack {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;

  constructor(scope: Construct, id: string, props: EmailStackProps) {
    super(scope, id, props);
    const { prefix, senderIdentity } = props.config;
    const name = configurationSetName(prefix);
    this.configurationSet = new ConfigurationSet(this, 'Mail', {
      configurationSetName: name,
      reputationMetrics: true,
      // An address that bounced or complained is not mailed again; SES pauses accounts that keep mailing them.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('Metrics', {
      destination: EventDestination.cloudWatchDimensions([
        { name: SES_EVENT_DIMENSION, source: CloudWatchDimensionSource.MESSAGE_TAG, defaultValue: name },
      ]),
      events: [
        EmailSendingEvent.SEND,
        EmailSendingEvent.DELIVERY,
        EmailSendingEvent.BOUNCE,
        EmailSendingEvent.COMPLAINT,
        EmailSendingEvent.REJECT,
      ],
    });
    // The identity's default configuration set applies to every message sent as it, Cognito's included.
    this.identity = new EmailIdentity(this, 'Sender', {
      identity:
        senderIdentity.kind === 'domain'
          ? Identity.domain(senderIdentity.name)
          : Identity.email(senderIdentity.name),
      configurationSet: this.configurationSet,
    });
    if (senderIdentity.kind === 'domain') {
      // The three CNAME records that verify the domain (Easy DKIM); docs/deploy.md says where they go.
      this.identity.dkimRecords.forEach((record, index) => {
        new CfnOutput(this, `DkimRecord${index + 1}`, { value: `${record.name} CNAME ${record.value}` });
      });
    }
  }
}
