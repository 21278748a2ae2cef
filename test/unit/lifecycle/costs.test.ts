// The verification's costs: quoted for the mode in force, accepted by the city, then invoiced and paid, each step
// only after the one before and only on the quote in force.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import type { CommandName } from '../../../core/lifecycle/commands.ts';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { act as actAt, refusal as refusalAt } from '../../support/decide-steps.ts';
import { city, pilotIn, secretariat, verifier } from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');
const onsite = { currency: 'CHF', fee: 6000, travel: 1200.5, lodging: 900, perDiem: 450 };

const act = (pilot: Pilot, command: CommandName, payload: unknown, actor: Actor) =>
  actAt(pilot, command, payload, actor, now);
const refusal = (pilot: Pilot, command: CommandName, payload: unknown, actor: Actor) =>
  refusalAt(pilot, command, payload, actor, now);

describe('the verification costs', () => {
  const verifying = pilotIn('in_verification', { verificationMode: 'onsite' });

  it('go from quoted to accepted, invoiced and paid, with the total of the items', () => {
    const quoted = act(verifying, 'quoteCosts', onsite, verifier);
    const { quoteId } = quoted.costs!.quote;
    const accepted = act(quoted, 'acceptCosts', { quoteId }, city);
    const invoiced = act(accepted, 'recordCostInvoice', { quoteId, reference: 'INV-7' }, verifier);
    const paid = act(invoiced, 'recordCostPayment', { quoteId }, secretariat);

    expect([quoted, accepted, invoiced, paid].map((p) => p.costs?.status)).toEqual([
      'quoted',
      'accepted',
      'invoiced',
      'paid',
    ]);
    expect(quoted.costs?.quote).toMatchObject({ total: 8550.5, mode: 'onsite', role: 'verifier' });
    expect(paid.costs?.invoice).toEqual({ reference: 'INV-7', at: now.toISOString() });
  });

  it('refuse an on-site quote without travel, lodging and per diem, and a remote one with them', () => {
    const remote = pilotIn('in_verification', { verificationMode: 'remote' });

    expect(refusal(verifying, 'quoteCosts', { currency: 'CHF', fee: 6000 }, secretariat)).toContain(
      'missing: travel, lodging, perDiem',
    );
    expect(refusal(remote, 'quoteCosts', onsite, secretariat)).toContain(
      'A remote verification has no travel, lodging, perDiem',
    );
  });

  it('refuse an invoice before the city accepted, and an answer to a quote no longer in force', () => {
    const quoted = act(verifying, 'quoteCosts', onsite, verifier);
    const { quoteId } = quoted.costs!.quote;

    expect(refusal(quoted, 'recordCostInvoice', { quoteId, reference: 'INV-7' }, verifier)).toContain(
      'The quote is quoted; it must be accepted to be invoiced',
    );
    expect(refusal(quoted, 'acceptCosts', { quoteId: 'c1' }, city)).toContain(
      `The quote in force is ${quoteId}, not c1`,
    );
  });

  it('ask for a new quote once the mode changed, and refuse one after the invoice', () => {
    const quoted = act(verifying, 'quoteCosts', onsite, verifier);
    const { quoteId } = quoted.costs!.quote;
    const nowRemote = { ...quoted, verificationMode: 'remote' as const };
    const accepted = act(quoted, 'acceptCosts', { quoteId }, city);
    const invoiced = act(accepted, 'recordCostInvoice', { quoteId, reference: 'INV-7' }, verifier);

    expect(refusal(nowRemote, 'acceptCosts', { quoteId }, city)).toContain('quote again');
    expect(refusal(invoiced, 'quoteCosts', onsite, verifier)).toContain('is invoiced already');
  });
});
