// City: the maturity self-assessment as a web form, one level and its evidence per characteristic. It reads the
// answers with the Maturity sheet's own check, so it warns and refuses as the sheet does; the server checks again.
import { useState } from 'react';
import { readSelfAssessmentForm } from '../../../../../core/maturity/self-assessment-form.ts';
import { maturityLevels, maturityListValues, maturityNonLevels } from '../../../../../core/template/lists.ts';
import { maturityCharacteristics } from '../../../../../core/template/maturity.ts';
import type { Pilot } from '../../../api/types.ts';
import { ActionForm } from '../../../components/ActionForm.tsx';
import { SelectField, TextArea } from '../../../components/fields.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { ActionProps } from '../types.ts';

type Entry = NonNullable<Pilot['selfAssessment']>['entries'][number];
type Answers = Record<string, { level: string; evidence: string }>;

/** The dropdown value an answer is entered as: the sheet's list value. */
function listValueOf(entry: Entry | undefined): string {
  const answer = entry?.answer;
  if (!answer || answer.kind === 'unanswered') return '';
  if (answer.kind === 'level') return String(answer.level);
  return String(
    maturityListValues[maturityLevels.length + maturityNonLevels.findIndex((n) => n.id === answer.kind)],
  );
}

export function SelfAssessmentForm({ detail, act }: ActionProps) {
  const { t, lang } = useI18n();
  const stored = detail.pilot.selfAssessment?.entries ?? [];
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(
      maturityCharacteristics.map((c) => {
        const entry = stored.find((e) => e.characteristicId === c.id);
        return [c.id, { level: listValueOf(entry), evidence: entry?.evidence ?? '' }];
      }),
    ),
  );
  const [saved, setSaved] = useState(false);
  const form = {
    answers: maturityCharacteristics.map((c) => ({ characteristicId: c.id, ...answers[c.id]! })),
  };
  const { problems } = readSelfAssessmentForm(form);
  const options = [
    { value: '', label: t.selfAssessment.unanswered },
    ...maturityLevels.map((level) => ({
      value: String(level.level),
      label: `${level.level} ${level[lang]}`,
    })),
    ...maturityNonLevels.map((other, i) => ({
      value: String(maturityListValues[maturityLevels.length + i]),
      label: other[lang],
    })),
  ];
  const set = (id: string, patch: Partial<Answers[string]>) => {
    setSaved(false);
    setAnswers({ ...answers, [id]: { ...answers[id]!, ...patch } });
  };
  const save = async () => {
    setSaved(false);
    await act('self-assessment', form);
    setSaved(true);
  };
  return (
    <Panel title={t.selfAssessment.title} className="self-assessment">
      <p>{t.selfAssessment.body}</p>
      <ActionForm submitLabel={t.selfAssessment.save} variant="secondary" onSubmit={save}>
        {maturityCharacteristics.map((c) => {
          const name = lang === 'en' ? c.nameEn : c.nameZh;
          return (
            <fieldset key={c.id} data-characteristic={c.id}>
              <legend>{name}</legend>
              <p className="hint">{lang === 'en' ? c.guideEn : c.guideZh}</p>
              <SelectField
                label={t.selfAssessment.level(name)}
                value={answers[c.id]!.level}
                onChange={(event) => set(c.id, { level: event.target.value })}
                options={options}
              />
              <TextArea
                label={t.selfAssessment.evidence(name)}
                rows={2}
                maxLength={2000}
                value={answers[c.id]!.evidence}
                onChange={(event) => set(c.id, { evidence: event.target.value })}
              />
            </fieldset>
          );
        })}
        {problems.length > 0 && (
          <div className="notice">
            <p>
              <strong>{t.selfAssessment.warnings}</strong>
            </p>
            <ul>
              {problems.map((p) => (
                <li key={`${p.characteristicId}-${p.rule}`}>{p.message[lang]}</li>
              ))}
            </ul>
          </div>
        )}
      </ActionForm>
      <p role="status" className="notice-ok">
        {saved ? t.selfAssessment.saved : ''}
      </p>
    </Panel>
  );
}
