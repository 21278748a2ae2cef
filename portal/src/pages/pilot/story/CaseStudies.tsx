// The city's case studies on its pilot page: the city writes, rewrites (a draft or a returned one), submits and,
// once certified and consenting, publishes them; the secretariat accepts each submitted one or returns it.
import { useState } from 'react';
import { caseStudyTextLimits } from '../../../../../core/lifecycle/case-study-limits.ts';
import { maturityCharacteristics } from '../../../../../core/template/maturity.ts';
import type { Pilot } from '../../../api/types.ts';
import { ActionForm, items, text } from '../../../components/ActionForm.tsx';
import { CheckboxField, TextArea, TextField } from '../../../components/fields.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Link } from '../../../router.tsx';
import type { ActionProps } from '../types.ts';

type CaseStudy = NonNullable<Pilot['caseStudies']>[number];

/** "KPI: outcome" a line, split at the first colon followed by a space after the KPI code's own colons. */
function resultsOf(value: string | undefined) {
  return items(value).map((line) => {
    const split =
      /^((?:[A-Z]{2}: [A-Z]+: [A-Z]+: \d+[CA])|(?:[A-Z]{2}\.[A-Z]+\.[A-Z]+\.\d+[CA]))\s*:\s*(.*)$/.exec(line);
    return split ? { kpiId: split[1]!, outcome: split[2]!.trim() } : { kpiId: line, outcome: '' };
  });
}

export function CaseStudies(props: ActionProps) {
  const { t, lang } = useI18n();
  const { detail, can } = props;
  const list = detail.pilot.caseStudies ?? [];
  const [editing, setEditing] = useState<number>();
  const chosen = list.find((c) => c.number === editing);
  return (
    <Panel title={t.caseStudies.title} className="case-studies">
      <p>{t.caseStudies.body}</p>
      {list.length === 0 ? (
        <p className="muted">{t.caseStudies.none}</p>
      ) : (
        <ul className="case-study-list">
          {list.map((c) => (
            <li key={c.number} data-case-study={c.number}>
              <h3>{t.caseStudies.numbered(c.number, c.title)}</h3>
              <p>
                <span className="badge">{t.caseStudies.statuses[c.status] ?? c.status}</span>{' '}
                {c.characteristics
                  .map((id) => maturityCharacteristics.find((m) => m.id === id))
                  .map((m) => (lang === 'zh' ? m?.nameZh : m?.nameEn))
                  .join(', ')}
              </p>
              {c.status === 'returned' && c.review?.reason && (
                <p className="notice-warn">{t.caseStudies.returnedBecause(c.review.reason)}</p>
              )}
              <Actions {...props} caseStudy={c} onEdit={() => setEditing(c.number)} />
            </li>
          ))}
        </ul>
      )}
      {can('saveCaseStudy') && (
        <Editor key={editing ?? 'new'} {...props} caseStudy={chosen} onSaved={() => setEditing(undefined)} />
      )}
    </Panel>
  );
}

function Actions({
  caseStudy,
  detail,
  can,
  act,
  onEdit,
}: ActionProps & { caseStudy: CaseStudy; onEdit: () => void }) {
  const { t } = useI18n();
  const { number, status } = caseStudy;
  const open = status === 'draft' || status === 'returned';
  return (
    <div className="case-study-actions">
      {open && can('saveCaseStudy') && (
        <button type="button" className="button button-secondary" onClick={onEdit}>
          {t.caseStudies.edit(number)}
        </button>
      )}
      {open && can('submitCaseStudy') && (
        <ActionForm
          submitLabel={t.caseStudies.submit(number)}
          onSubmit={() => act('case-study-submission', { number })}
        />
      )}
      {status === 'submitted' && can('acceptCaseStudy') && (
        <>
          <ActionForm
            submitLabel={t.caseStudies.accept(number)}
            onSubmit={() => act('case-study-review', { decision: 'accept', number })}
          />
          <ActionForm
            variant="secondary"
            submitLabel={t.caseStudies.returnButton(number)}
            onSubmit={(data) =>
              act('case-study-review', { decision: 'return', number, reason: text(data, 'reason') ?? '' })
            }
          >
            <TextArea
              label={t.caseStudies.returnReason}
              name="reason"
              required
              minLength={3}
              maxLength={2000}
              rows={2}
            />
          </ActionForm>
        </>
      )}
      {status === 'accepted' && can('publishCaseStudy') && (
        <ActionForm
          submitLabel={t.caseStudies.publish(number)}
          onSubmit={() => act('case-study-publication', { number })}
        />
      )}
      {status === 'published' && (
        <Link href={`/case-studies/${detail.pilot.pilotId}/${number}`}>{t.caseStudies.publicLink}</Link>
      )}
    </div>
  );
}

function Editor({
  act,
  caseStudy,
  onSaved,
}: ActionProps & { caseStudy: CaseStudy | undefined; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const save = async (data: FormData) => {
    await act('case-studies', {
      ...(caseStudy ? { number: caseStudy.number } : {}),
      title: text(data, 'title') ?? '',
      challenge: text(data, 'challenge') ?? '',
      initiative: text(data, 'initiative') ?? '',
      ict: text(data, 'ict') ?? '',
      results: resultsOf(text(data, 'results')),
      lessons: text(data, 'lessons') ?? '',
      sdgTargets: items(text(data, 'sdgs'), ','),
      characteristics: data.getAll('characteristics').map(String),
    });
    onSaved();
  };
  return (
    <section className="case-study-editor">
      <h3>{caseStudy ? t.caseStudies.editTitle(caseStudy.number) : t.caseStudies.newTitle}</h3>
      <ActionForm
        submitLabel={t.caseStudies.save}
        variant="secondary"
        onSubmit={save}
        resetOnSuccess={!caseStudy}
      >
        <TextField
          label={t.caseStudies.fieldTitle}
          name="title"
          required
          maxLength={caseStudyTextLimits.title}
          defaultValue={caseStudy?.title}
        />
        <TextArea
          label={t.caseStudies.challenge}
          name="challenge"
          required
          maxLength={caseStudyTextLimits.challenge}
          defaultValue={caseStudy?.challenge}
        />
        <TextArea
          label={t.caseStudies.initiative}
          name="initiative"
          required
          maxLength={caseStudyTextLimits.initiative}
          defaultValue={caseStudy?.initiative}
        />
        <TextArea
          label={t.caseStudies.ict}
          name="ict"
          required
          maxLength={caseStudyTextLimits.ict}
          rows={2}
          defaultValue={caseStudy?.ict}
        />
        <TextArea
          label={t.caseStudies.results}
          hint={t.caseStudies.resultsHint}
          name="results"
          required
          defaultValue={caseStudy?.results.map((r) => `${r.kpiId}: ${r.outcome}`).join('\n')}
        />
        <TextArea
          label={t.caseStudies.lessons}
          name="lessons"
          required
          maxLength={caseStudyTextLimits.lessons}
          defaultValue={caseStudy?.lessons}
        />
        <TextField
          label={t.caseStudies.sdgs}
          hint={t.caseStudies.sdgsHint}
          name="sdgs"
          defaultValue={caseStudy?.sdgTargets.join(', ')}
        />
        <fieldset className="checkbox-group">
          <legend>{t.caseStudies.characteristics}</legend>
          {maturityCharacteristics.map((m) => (
            <CheckboxField
              key={m.id}
              label={lang === 'zh' ? m.nameZh : m.nameEn}
              name="characteristics"
              value={m.id}
              defaultChecked={caseStudy?.characteristics.includes(m.id)}
            />
          ))}
        </fieldset>
      </ActionForm>
    </section>
  );
}
