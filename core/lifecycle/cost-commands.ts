// The verification's costs: the secretariat or the verifier quotes the fee (and, on site, travel, lodging and per
// diem) for the mode in force, the city accepts or declines, and the secretariat or the verifier records the invoice
// and the payment. Each step needs the one before, so the status only moves forward along quoted, accepted,
// invoiced, paid.
import * as z from 'zod';
import { type CommandContext, define, reasonPayload } from './command-definition.ts';
import { costQuoteSchema, onsiteItems } from './cost-items.ts';
import type { CostsView } from './costs.ts';
import type { Pilot } from './pilot.ts';
import type { Stage } from './stages.ts';

/** From the appointment, when the verifier is known, until after the certificate, when the last invoice is paid. */
const costStages: readonly Stage[] = [
  'verifier_assigned',
  'in_verification',
  'verified',
  'reported',
  'certified',
];
const quoteId = z.string().trim().min(1).max(40);

const onsiteItemsGiven = (quote: z.infer<typeof costQuoteSchema>) =>
  onsiteItems.filter((item) => quote[item] !== undefined);

/** Why a quote does not fit the verification mode in force. */
function quoteRefusal(pilot: Pilot, quote: z.infer<typeof costQuoteSchema>): string | undefined {
  if (!pilot.verificationMode) return 'No verification mode is set yet';
  if (pilot.costs && ['invoiced', 'paid'].includes(pilot.costs.status))
    return `The quote ${pilot.costs.quote.quoteId} is ${pilot.costs.status} already`;
  const given = onsiteItemsGiven(quote);
  if (pilot.verificationMode === 'remote' && given.length)
    return `A remote verification has no ${given.join(', ')}: the city pays them for on-site verification only`;
  const missing = onsiteItems.filter((item) => !given.includes(item));
  if (pilot.verificationMode === 'onsite' && missing.length)
    return `An on-site verification quotes ${onsiteItems.join(', ')} too; missing: ${missing.join(', ')}`;
  return undefined;
}

/** A quote at the given status: a precondition, so that next steps offer a step only once the one before is done. */
const costsAt =
  (status: CostsView['status'], next: string) =>
  ({ pilot }: { pilot: Pilot }) => {
    const costs = pilot.costs;
    if (!costs) return 'No costs were quoted yet';
    if (costs.status !== status) return `The quote is ${costs.status}; it must be ${status} to ${next}`;
    return undefined;
  };

/** The current quote must be the one named, and for the verification mode in force. */
const quoteInForce = ({ pilot, payload }: CommandContext<{ quoteId: string }>) => {
  const costs = pilot.costs;
  if (!costs) return 'No costs were quoted yet';
  if (costs.quote.quoteId !== payload.quoteId)
    return `The quote in force is ${costs.quote.quoteId}, not ${payload.quoteId}`;
  if (costs.quote.mode !== pilot.verificationMode)
    return `The quote is for ${costs.quote.mode} verification, but the verification is now ${pilot.verificationMode}: quote again`;
  return undefined;
};

export const costCommands = {
  quoteCosts: define({
    describe: 'quote the verification costs',
    actors: ['secretariat', 'verifier'],
    from: costStages,
    payload: costQuoteSchema.strict(),
    eventType: 'CostsQuoted',
    guard: ({ pilot, payload }) => quoteRefusal(pilot, payload),
    // The id derives from the event's sequence number, so it is unique and a re-decided command yields the same id.
    data: ({ pilot, payload }) => ({
      ...payload,
      quoteId: `c${pilot.version + 1}`,
      mode: pilot.verificationMode,
    }),
  }),
  acceptCosts: define({
    describe: 'accept the quoted costs',
    actors: ['city'],
    from: costStages,
    payload: z.strictObject({ quoteId }),
    eventType: 'CostsAnswered',
    precondition: costsAt('quoted', 'be accepted'),
    guard: quoteInForce,
    data: ({ payload }) => ({ ...payload, accepted: true }),
  }),
  declineCosts: define({
    describe: 'decline the quoted costs',
    actors: ['city'],
    from: costStages,
    payload: reasonPayload.extend({ quoteId }),
    eventType: 'CostsAnswered',
    precondition: costsAt('quoted', 'be declined'),
    guard: quoteInForce,
    data: ({ payload }) => ({ ...payload, accepted: false }),
  }),
  recordCostInvoice: define({
    describe: 'record the invoice of the verification costs',
    actors: ['secretariat', 'verifier'],
    from: costStages,
    payload: z.strictObject({ quoteId, reference: z.string().trim().min(1).max(200) }),
    eventType: 'CostsInvoiced',
    precondition: costsAt('accepted', 'be invoiced'),
    guard: quoteInForce,
    data: ({ payload }) => payload,
  }),
  recordCostPayment: define({
    describe: 'record the payment of the verification costs',
    actors: ['secretariat', 'verifier'],
    from: costStages,
    payload: z.strictObject({ quoteId, note: z.string().trim().max(2000).optional() }),
    eventType: 'CostsPaid',
    precondition: costsAt('invoiced', 'be paid'),
    guard: quoteInForce,
    data: ({ payload }) => payload,
  }),
};
