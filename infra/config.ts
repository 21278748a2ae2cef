// Deployment settings read from CDK context (`-c stage=prod`), validated once, and the names derived from them.
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';

const contextSchema = z.object({
  stage: z.enum(['dev', 'prod']).default('dev'),
  /** The SES sender; an email address (verified by a link) or an address at a domain you verify. */
  fromAddress: z.email().default('no-reply@example.org'),
  secretariatEmail: z.email().default('secretariat@example.org'),
  /** Alarm notifications; without it the topic has no subscriber and alarms are visible only in the console. */
  alarmEmail: z.email().optional(),
});

export type DeployConfig = z.infer<typeof contextSchema> & {
  /** Prefix of every physical name, so two stages never collide in one account. */
  prefix: string;
  /** Prod keeps logs for a year for audits; dev keeps a month to stay cheap. */
  logRetention: RetentionDays;
};

type ContextReader = { tryGetContext(key: string): unknown };

export function readConfig(node: ContextReader): DeployConfig {
  const raw = Object.fromEntries(
    Object.keys(contextSchema.shape).map((key) => [key, node.tryGetContext(key)]),
  );
  const parsed = contextSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid CDK context: ${z.prettifyError(parsed.error)}`);
  const config = parsed.data;
  if (config.stage === 'prod' && config.fromAddress.endsWith('@example.org')) {
    throw new Error('prod needs a real sender: pass -c fromAddress=... and -c secretariatEmail=...');
  }
  return {
    ...config,
    prefix: `u4ssc-${config.stage}`,
    logRetention: config.stage === 'prod' ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH,
  };
}
