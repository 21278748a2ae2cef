// Dev only: asks SES to verify the given recipients while the account is in the sandbox (each gets a link to click):
// npm run ses:verify-recipients -- focal.point@city.example verifier@example.net
import { aws } from './lib/aws-cli.ts';
import { type IdentityStatus, recipientSteps } from './lib/sandbox-recipients.ts';

const addresses = process.argv.slice(2);
if (addresses.length === 0) {
  console.error('Usage: npm run ses:verify-recipients -- <address> [<address>...]');
  process.exit(2);
}

function statusOf(address: string): IdentityStatus {
  try {
    const identity = aws(['sesv2', 'get-email-identity', '--email-identity', address]) as {
      VerificationStatus?: IdentityStatus;
    };
    return identity.VerificationStatus;
  } catch {
    return undefined; // NotFoundException: SES has no such identity yet
  }
}

let refused = 0;
for (const step of recipientSteps(addresses, statusOf)) {
  if (step.action === 'create') {
    aws(['sesv2', 'create-email-identity', '--email-identity', step.address]);
    console.log(`${step.address}: verification link sent`);
  } else {
    console.log(`${step.address}: ${step.note}`);
    if (step.action === 'refuse') refused++;
  }
}
process.exit(refused === 0 ? 0 : 1);
