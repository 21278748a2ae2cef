// SES v2 adapter: sends plain-text notifications; locally the same call reaches the embedded mail catcher.
import type { SESv2Client, SESv2ClientConfig } from '@aws-sdk/client-sesv2';
import type { EmailMessage, Notifier } from '../../core/use-cases/ports.ts';
import { translateTransientErrors } from './transient.ts';

export class SesNotifier implements Notifier {
  /** Loaded on the first e-mail: most API requests send none, and the SDK module costs tens of ms at cold start. */
  private sdk?: Promise<{ client: SESv2Client; module: typeof import('@aws-sdk/client-sesv2') }>;

  constructor(
    private readonly clientConfig: SESv2ClientConfig,
    private readonly fromAddress: string,
  ) {}

  async send(message: EmailMessage): Promise<void> {
    this.sdk ??= import('@aws-sdk/client-sesv2').then((module) => ({
      module,
      client: translateTransientErrors(new module.SESv2Client(this.clientConfig)),
    }));
    const { client, module } = await this.sdk;
    await client.send(
      new module.SendEmailCommand({
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
