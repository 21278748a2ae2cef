// What would block or spoil a first deploy of a target configuration, decided offline from the CDK context and the
// region alone: the same refusals as synth, then what only a deploy would reveal.
import { contextSchema, domainOf, isPlaceholderAddress, synthRefusals } from './config.ts';

export interface PreflightFinding {
  /** A blocker makes the first deploy fail or leaves the stage unable to work; a warning is worth reading. */
  level: 'blocker' | 'warning';
  message: string;
}

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

export function preflight(raw: Record<string, unknown>, region: string | undefined): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  const blocker = (message: string) => findings.push({ level: 'blocker', message });
  const warning = (message: string) => findings.push({ level: 'warning', message });

  if (!region) blocker('No region: set AWS_REGION (or CDK_DEFAULT_REGION) to the region to deploy to');
  else if (!REGION.test(region)) blocker(`${region} is not an AWS region name (e.g. eu-west-1)`);

  const parsed = contextSchema.safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) blocker(issue.message);
  for (const refusal of synthRefusals(raw)) blocker(refusal);
  if (!parsed.success) return findings;
  const context = parsed.data;

  if (context.stage === 'prod') {
    if (context.sesMode === 'sandbox')
      blocker(
        'SES is in the sandbox: it mails only verified addresses, 200 a day, so invitations and notifications to cities fail. Request production access, then pass -c sesMode=production',
      );
    warning(
      `The sender's whole domain ${domainOf(context.fromAddress)} is verified with DKIM: add the three CNAME records deploy prints for u4ssc-prod-email before deploying the rest`,
    );
  } else {
    for (const key of ['fromAddress', 'secretariatEmail'] as const) {
      if (isPlaceholderAddress(context[key]))
        blocker(
          `${key} ${context[key]} is at a placeholder domain: SES can never verify it, so every notification would fail`,
        );
    }
    warning(
      `SES e-mails a verification link to ${context.fromAddress} when u4ssc-dev-email is deployed; click it before deploying the rest`,
    );
    if (context.sesMode === 'sandbox')
      warning(
        'SES sandbox: every recipient must be verified first (npm run ses:verify-recipients -- <address>...)',
      );
    if (!context.alarmEmail) warning('No alarmEmail: alarms are visible only in the CloudWatch console');
  }
  return findings;
}
