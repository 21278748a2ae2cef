// SES v2 adapter: sends plain-text notifications; locally the same call reaches the embedded mail catcher.
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { EmailMessage, Notifier } from '../../core/ports.ts';

export class SesNotifier implements Notifier {
  constructor(
    private readonly client: SESv2Client,
    private readonly fromAddress: string,
  ) {}

  async send(message: EmailMessage): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.fromAddress,
        Destination: { ToAddresses: message.to },
        Content: {
          Simple: {
            Subject: { Data: message.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
          },
        },
      }),
    );
  }
}
