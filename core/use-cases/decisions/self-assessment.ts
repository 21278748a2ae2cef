// The city's self-assessment from the web form: read by the Maturity sheet's own check; an answer the sheet would
// refuse is refused here too, with every such answer named, and nothing is recorded.
import { InvalidRequestError } from '../../errors.ts';
import { readSelfAssessmentForm, selfAssessmentFormSchema } from '../../maturity/self-assessment-form.ts';
import { decision } from './definition.ts';

export const submitSelfAssessment = decision({
  command: 'submitSelfAssessment',
  body: selfAssessmentFormSchema,
  async prepare({ body }) {
    const { entries, problems } = readSelfAssessmentForm(body);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      throw new InvalidRequestError(errors.map((e) => e.message.en).join(' '), {
        issues: errors.map((e) => ({
          path: `answers.${e.characteristicId}.${e.field}`,
          message: e.message.en,
          messageZh: e.message.zh,
          rule: e.rule,
        })),
      });
    }
    return { payload: { entries } };
  },
});
