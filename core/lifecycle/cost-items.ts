// What the city pays for its verification (Annex 1): the verifier's fee and, on site, travel, lodging and per diem,
// as one quote in one currency.
import * as z from 'zod';

const MAX_AMOUNT = 10_000_000;

/** An amount in the quote's currency: not negative, at most two decimals. */
export const amountSchema = z
  .number()
  .nonnegative('An amount cannot be negative')
  .max(MAX_AMOUNT, `An amount is at most ${MAX_AMOUNT.toLocaleString('en')}`)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'An amount has at most two decimals');

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO 4217 code, such as CHF or USD');

/** The items of a quote; the on-site items are there only for on-site verification. */
export const costQuoteSchema = z.object({
  currency: currencySchema,
  fee: amountSchema,
  travel: amountSchema.optional(),
  lodging: amountSchema.optional(),
  perDiem: amountSchema.optional(),
  note: z.string().trim().max(2000).optional(),
});
export type CostQuote = z.infer<typeof costQuoteSchema>;

export const onsiteItems = ['travel', 'lodging', 'perDiem'] as const;

/** The quote's total in its currency, to the cent. */
export const quoteTotal = (quote: CostQuote) =>
  Math.round(
    [quote.fee, ...onsiteItems.map((item) => quote[item] ?? 0)].reduce((sum, n) => sum + n * 100, 0),
  ) / 100;
