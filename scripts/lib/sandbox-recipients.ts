// Which recipients a dev stage in the SES sandbox still needs verified: SES there mails only verified identities,
// and each stage that mails an unverified one fails its notification.
import { isPlaceholderAddress } from '../../infra/config.ts';

/** SES's verification status of an identity, or undefined when SES has no such identity. */
export type IdentityStatus =
  | 'SUCCESS'
  | 'PENDING'
  | 'FAILED'
  | 'TEMPORARY_FAILURE'
  | 'NOT_STARTED'
  | undefined;

export type RecipientStep = { address: string } & (
  | { action: 'create' }
  | { action: 'none'; note: string }
  | { action: 'refuse'; note: string }
);

export function recipientSteps(
  addresses: string[],
  statusOf: (address: string) => IdentityStatus,
): RecipientStep[] {
  return [...new Set(addresses.map((a) => a.trim().toLowerCase()))].map((address): RecipientStep => {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
      return { address, action: 'refuse', note: 'not an e-mail address' };
    if (isPlaceholderAddress(address))
      return { address, action: 'refuse', note: 'a placeholder domain never receives the verification link' };
    const status = statusOf(address);
    if (status === 'SUCCESS') return { address, action: 'none', note: 'already verified' };
    if (status === 'PENDING') return { address, action: 'none', note: 'link sent, waiting for its click' };
    return { address, action: 'create' };
  });
}
