// The verification's costs on a pilot: the quote in force and where it stands (quoted, accepted or declined by the
// city, invoiced, paid), folded from the cost events. Read by the city, its verifier and the secretariat only.
import * as z from 'zod';
import { costQuoteSchema, quoteTotal } from './cost-items.ts';
import { isoDate, type PilotEvent } from './events.ts';

export const costStatusSchema = z.enum(['quoted', 'accepted', 'declined', 'invoiced', 'paid']);

export const costsViewSchema = z.object({
  quote: costQuoteSchema.extend({
    quoteId: z.string(),
    mode: z.enum(['onsite', 'remote']),
    total: z.number(),
    userId: z.string(),
    role: z.string(),
    at: isoDate,
  }),
  status: costStatusSchema,
  answer: z.object({ userId: z.string(), at: isoDate, reason: z.string().optional() }).optional(),
  invoice: z.object({ reference: z.string(), at: isoDate }).optional(),
  paidAt: isoDate.optional(),
});
export type CostsView = z.infer<typeof costsViewSchema>;

/** A new quote replaces the one before, whatever it had reached; the log keeps every one. */
export function foldCosts(view: CostsView | undefined, event: PilotEvent): CostsView | undefined {
  switch (event.type) {
    case 'CostsQuoted': {
      const quote = { ...event.data, total: quoteTotal(event.data) };
      return {
        quote: { ...quote, userId: event.actor.userId, role: event.actor.role, at: event.at },
        status: 'quoted',
      };
    }
    case 'CostsAnswered':
      return (
        view && {
          ...view,
          status: event.data.accepted ? 'accepted' : 'declined',
          answer: { userId: event.actor.userId, at: event.at, reason: event.data.reason },
        }
      );
    case 'CostsInvoiced':
      return (
        view && { ...view, status: 'invoiced', invoice: { reference: event.data.reference, at: event.at } }
      );
    case 'CostsPaid':
      return view && { ...view, status: 'paid', paidAt: event.at };
    default:
      return view;
  }
}
