// Deployment settings read from CDK context (`-c stage=prod`), validated once, and the names derived from them; the
// rules that refuse a configuration which could only fail once deployed live here, for synth and preflight alike.
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';
import { type ObjectLockRetention, objectLockRetention } from '../adapters/aws/object-lock.ts';

const required = (key: string, example: string) =>
  z.email({
    error: (issue) =>
      issue.input === undefined
        ? `${key} is required: pass -c ${key}=${example}`
        : `${key} must be an e-mail address`,
  });

export const contextSchema = z.object({
  stage: z.enum(['dev', 'prod']).default('dev'),
  /** The SES sender: an address verified by its link (dev) or an address at a domain verified with DKIM (prod). */
  fromAddress: required('fromAddress', 'no-reply@your-domain'),
  /** Where new letters of intent are announced. */
  secretariatEmail: required('secretariatEmail', 'secretariat@your-domain'),
  /** Alarm notifications; required in prod, where nobody watches the console. */
  alarmEmail: z.email().optional(),
  /** Whether the account has left the SES sandbox; only preflight reads it (no API can be asked offline). */
  sesMode: z.enum(['sandbox', 'production']).default('sandbox'),
});

export type DeployContext = z.infer<typeof contextSchema>;

export type DeployConfig = DeployContext & {
  /** Prefix of every physical name, so two stages never collide in one account. */
  prefix: string;
  /** Prod keeps logs for a year for audits; dev keeps a month to stay cheap. */
  logRetention: RetentionDays;
  /**
   * The SES identity the stage sends as. Prod verifies the sender's whole domain (DKIM), dev the one address: an
   * account has one stage of each, so the two identities can never be the same one, even with a shared address.
   */
  senderIdentity: { kind: 'domain' | 'address'; name: string };
  /** How long submissions, letters, evidence, reports and certificates cannot be changed or deleted. */
  objectLock: ObjectLockRetention;
};

/**
 * Domains reserved for documentation and testing (RFC 2606, RFC 6761): mail to or from them never arrives, so SES
 * can never verify them and every notification would fail.
 */
const PLACEHOLDER_DOMAIN = /(^|\.)(example\.(org|com|net)|example|test|invalid|localhost|local)$/i;

export const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
export const isPlaceholderAddress = (address: string) => PLACEHOLDER_DOMAIN.test(domainOf(address));

/** Settings that can only fail once deployed to prod; read from the raw context, so preflight can list them even
 * beside a parse error. */
export function synthRefusals(context: Record<string, unknown>): string[] {
  if (context.stage !== 'prod') return [];
  const refusals: string[] = [];
  for (const key of ['fromAddress', 'secretariatEmail', 'alarmEmail'] as const) {
    const address = context[key];
    if (typeof address === 'string' && isPlaceholderAddress(address))
      refusals.push(
        `${key} ${address} is at a placeholder domain (${domainOf(address)}) that can never receive or verify mail; prod needs a real one`,
      );
  }
  if (!context.alarmEmail)
    refusals.push('alarmEmail is required in prod: pass -c alarmEmail=ops@your-domain');
  return refusals;
}

type ContextReader = { tryGetContext(key: string): unknown };

/** The context keys as `cdk synth` sees them. */
export function rawContext(node: ContextReader): Record<string, unknown> {
  return Object.fromEntries(Object.keys(contextSchema.shape).map((key) => [key, node.tryGetContext(key)]));
}

export function readConfig(node: ContextReader): DeployConfig {
  const parsed = contextSchema.safeParse(rawContext(node));
  if (!parsed.success) throw new Error(`Invalid CDK context: ${z.prettifyError(parsed.error)}`);
  const context = parsed.data;
  const refusals = synthRefusals(context);
  if (refusals.length > 0) throw new Error(`Invalid CDK context for prod:\n- ${refusals.join('\n- ')}`);
  return {
    ...context,
    prefix: `u4ssc-${context.stage}`,
    logRetention: context.stage === 'prod' ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH,
    objectLock: objectLockRetention(context.stage),
    senderIdentity:
      context.stage === 'prod'
        ? { kind: 'domain', name: domainOf(context.fromAddress) }
        : { kind: 'address', name: context.fromAddress },
  };
}
