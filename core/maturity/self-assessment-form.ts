// The self-assessment as the web form sends it: per characteristic the answer as the sheet's dropdown enters it and
// the evidence, read by the sheet's own check so both ways in accept and refuse the same answers.
import * as z from 'zod';
import { maturityCharacteristics } from '../template/maturity.ts';
import { type AnswerProblem, checkMaturityAnswer, maxEvidence } from './answer-check.ts';
import { characteristicIdSchema, type MaturityEntry } from './answers.ts';

export const selfAssessmentFormSchema = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        characteristicId: characteristicIdSchema,
        /** A dropdown value: 1-4, `Not addressed / 未涉及` or `Cannot assess / 无法评估`; blank leaves it unanswered. */
        level: z.string().max(100),
        evidence: z.string().max(maxEvidence).default(''),
      }),
    )
    .max(maturityCharacteristics.length)
    .refine(
      (answers) => new Set(answers.map((a) => a.characteristicId)).size === answers.length,
      'Answer each characteristic once',
    ),
});
export type SelfAssessmentForm = z.input<typeof selfAssessmentFormSchema>;

export interface FormProblem extends AnswerProblem {
  characteristicId: MaturityEntry['characteristicId'];
}

/** Every characteristic's entry (one the form left out is unanswered) and the problems, as on the sheet. */
export function readSelfAssessmentForm(form: z.output<typeof selfAssessmentFormSchema>): {
  entries: MaturityEntry[];
  problems: FormProblem[];
} {
  const checked = maturityCharacteristics.map((characteristic) => {
    const given = form.answers.find((answer) => answer.characteristicId === characteristic.id);
    const { entry, problems } = checkMaturityAnswer(
      characteristic,
      given?.level ?? '',
      given?.evidence ?? '',
    );
    return { entry, problems: problems.map((p) => ({ ...p, characteristicId: characteristic.id })) };
  });
  return { entries: checked.map((c) => c.entry), problems: checked.flatMap((c) => c.problems) };
}
