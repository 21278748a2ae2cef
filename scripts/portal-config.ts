// Writes portal/dist/config.json for an AWS deployment from the workflow stack's outputs, checked as the portal
// will read it: npm run portal:config -- --api <ApiUrl> --domain <SignInDomain> --client <PortalClientId>
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parsePortalConfig } from '../portal/src/auth/config.ts';

const { values } = parseArgs({
  options: { api: { type: 'string' }, domain: { type: 'string' }, client: { type: 'string' } },
});
if (!values.api || !values.domain || !values.client) {
  console.error(
    'Usage: npm run portal:config -- --api <ApiUrl> --domain <SignInDomain> --client <PortalClientId>',
  );
  process.exit(2);
}
const config = parsePortalConfig({
  apiOrigin: values.api,
  auth: { kind: 'cognito', domain: values.domain, clientId: values.client },
});
const file = new URL('../portal/dist/config.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
console.log(`Wrote ${file.pathname}`);
