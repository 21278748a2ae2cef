// Checks a target configuration offline and prints what would block a first deploy:
// npm run preflight -- -c stage=prod -c fromAddress=... -c secretariatEmail=... -c alarmEmail=... -c sesMode=production
import { cdkContext } from '../infra/cdk-context.ts';
import { contextSchema } from '../infra/config.ts';
import { preflight } from '../infra/preflight.ts';

const overrides: Record<string, string> = {};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const pair = args[i] === '-c' || args[i] === '--context' ? args[++i] : undefined;
  const match = pair?.match(/^(\w+)=(.+)$/);
  if (!match) {
    console.error('Usage: npm run preflight -- -c key=value ...  (the same -c settings as cdk deploy)');
    process.exit(2);
  }
  overrides[match[1]!] = match[2]!;
}
const context = cdkContext(overrides, false);
const raw = Object.fromEntries(Object.keys(contextSchema.shape).map((key) => [key, context[key]]));
const region = process.env.CDK_DEFAULT_REGION ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;

const findings = preflight(raw, region);
console.log(`Target: stage ${String(raw.stage ?? 'dev')}, region ${region ?? '(none)'}`);
for (const { level, message } of findings)
  console.log(`${level === 'blocker' ? 'BLOCKER' : 'warning'}  ${message}`);
const blockers = findings.filter((f) => f.level === 'blocker').length;
console.log(
  blockers === 0 ? 'Nothing blocks a first deploy.' : `${blockers} blocker(s): fix them before deploying.`,
);
process.exit(blockers === 0 ? 0 : 1);
