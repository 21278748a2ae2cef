// After a failed or rolled-back deploy, or before deploying a deleted stage again: which retained resources with
// fixed names already exist, and the resource mappings that import them (docs/deploy.md, "Deploying again"):
// npm run leftovers -- -c stage=dev -c fromAddress=... -c secretariatEmail=...
import { mkdirSync, writeFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import * as z from 'zod';
import { cdkContext } from '../infra/cdk-context.ts';
import { type RetainedName, retainedNames } from '../infra/retained.ts';
import { buildStage } from '../infra/stages.ts';
import { aws } from './lib/aws-cli.ts';

const overrides: Record<string, string> = {};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const match = args[i] === '-c' ? args[i + 1]?.match(/^(\w+)=(.+)$/) : undefined;
  if (!match) {
    console.error('Usage: npm run leftovers -- -c key=value ...  (the same -c settings as cdk deploy)');
    process.exit(2);
  }
  overrides[match[1]!] = match[2]!;
}
const account = z.object({ Account: z.string() }).parse(aws(['sts', 'get-caller-identity'])).Account;
const region = z
  .string()
  .min(1)
  .parse(process.env.AWS_REGION ?? process.env.CDK_DEFAULT_REGION);

const app = new App({ context: cdkContext(overrides, false) });
buildStage(app, { env: {} });
const assembly = app.synth();
const templates = Object.fromEntries(assembly.stacks.map((stack) => [stack.stackName, stack.template]));

/** The identifier CloudFormation imports the resource by, when it exists; undefined when it does not. */
function existing(resource: RetainedName): string | undefined {
  try {
    switch (resource.type) {
      case 'AWS::S3::Bucket':
        aws(['s3api', 'head-bucket', '--bucket', resource.name]);
        return resource.name;
      case 'AWS::DynamoDB::GlobalTable':
        aws(['dynamodb', 'describe-table', '--table-name', resource.name]);
        return resource.name;
      case 'AWS::SecretsManager::Secret':
        return z
          .object({ ARN: z.string() })
          .parse(aws(['secretsmanager', 'describe-secret', '--secret-id', resource.name])).ARN;
      case 'AWS::Logs::LogGroup': {
        const found = z
          .object({ logGroups: z.array(z.object({ logGroupName: z.string() })) })
          .parse(aws(['logs', 'describe-log-groups', '--log-group-name-prefix', resource.name]));
        return found.logGroups.some((group) => group.logGroupName === resource.name)
          ? resource.name
          : undefined;
      }
      default:
        throw new Error(`no check for ${resource.type}`);
    }
  } catch (error) {
    if ((error as Error).message.startsWith('no check')) throw error;
    return undefined;
  }
}

const mappings = new Map<string, Record<string, Record<string, string>>>();
for (const resource of retainedNames(templates, { account, region })) {
  const id = existing(resource);
  console.log(`${id ? 'EXISTS ' : 'absent '} ${resource.stack} ${resource.type} ${resource.name}`);
  if (!id) continue;
  const mapping = mappings.get(resource.stack) ?? {};
  mapping[resource.logicalId] = { [resource.importKey]: id };
  mappings.set(resource.stack, mapping);
}
mkdirSync('cdk.out', { recursive: true });
for (const [stack, mapping] of mappings) {
  const file = `cdk.out/import-${stack}.json`;
  writeFileSync(file, `${JSON.stringify(mapping, null, 2)}\n`);
  console.log(`\nTo keep them: npx cdk import ${stack} --resource-mapping ${file} <the same -c settings>`);
}
if (mappings.size === 0) console.log('\nNothing left behind: deploy as usual.');
