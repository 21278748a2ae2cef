// Last cycle's verified values carried into the next cycle's template, and the note that asks the city to confirm them.
import * as z from 'zod';
import { inputIdSchema } from '../kpis/schema.ts';

export const carriedDataPointSchema = z.object({
  dataPointId: z.string().min(1),
  /** The row's own inputs as the previous cycle's workbook held them (a YES/NO answer as 1 or 0). */
  inputs: z.partialRecord(inputIdSchema, z.number()),
  dataOrigin: z.string().max(1000),
  source: z.string().max(1000),
});
export type CarriedDataPoint = z.infer<typeof carriedDataPointSchema>;

export const carryOverSchema = z.object({
  fromPilotId: z.string().min(1),
  /** When the previous cycle was certified: the note names it so the city knows how old the value is. */
  certifiedAt: z.iso.datetime({ offset: true }),
  dataPoints: z.array(carriedDataPointSchema),
});
export type CarryOver = z.infer<typeof carryOverSchema>;

const NOTE_EN = 'Carried over from the cycle certified on';
const NOTE_ZH = '沿用';
const NOTE_PATTERN = new RegExp(`^\\s*(${NOTE_EN}|${NOTE_ZH}\\s*\\d{4}-\\d{2}-\\d{2})`, 'i');

/**
 * The Notes cell of a carried-over row. The city confirms the value by choosing its data quality (the note may stay,
 * and tells the verifier the value is last cycle's) or updates the value and replaces the note.
 */
export function carriedOverNote(certifiedAt: string): string {
  const day = certifiedAt.slice(0, 10);
  return [
    `${NOTE_EN} ${day}: confirm it by choosing its data quality, or update the value and replace this note.`,
    `${NOTE_ZH} ${day} 认证周期的数据：请选择数据质量以确认，或更新数值并替换本备注。`,
  ].join('\n');
}

/** Whether a Notes cell still holds the carried-over note (in either language). */
export const isCarriedOverNote = (notes: string): boolean => NOTE_PATTERN.test(notes);
