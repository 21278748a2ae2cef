// A city's self-assessment as read from the Maturity sheet: one answer and its evidence per characteristic.
import * as z from 'zod';
import { maturityCharacteristics } from '../template/maturity.ts';

export const characteristicIdSchema = z.enum(
  maturityCharacteristics.map((characteristic) => characteristic.id),
);
export type CharacteristicId = z.infer<typeof characteristicIdSchema>;

/** A level 1-4, one of the white paper's answers without a level, or nothing usable (blank or refused). */
export const maturityAnswerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('level'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }),
  z.object({ kind: z.enum(['notAddressed', 'cannotAssess', 'unanswered']) }),
]);
export type MaturityAnswer = z.infer<typeof maturityAnswerSchema>;

export const maturityEntrySchema = z.object({
  characteristicId: characteristicIdSchema,
  answer: maturityAnswerSchema,
  evidence: z.string().max(2000).optional(),
});
export type MaturityEntry = z.infer<typeof maturityEntrySchema>;
