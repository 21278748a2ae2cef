// City: its smart initiatives for the factsheet, each with the KPIs it affects and the SDG targets it serves; the
// server holds every KPI to the catalogue and every target to those the catalogue names.
import type { Pilot } from '../../../api/types.ts';
import { ActionForm, items, text } from '../../../components/ActionForm.tsx';
import { TextArea, TextField } from '../../../components/fields.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { ActionProps } from '../types.ts';

type Initiative = Pilot['initiatives'][number];

export function Initiatives({ detail, act }: ActionProps) {
  const { t } = useI18n();
  const { initiatives } = detail.pilot;
  const save = (list: Initiative[]) => act('initiatives', { initiatives: list });
  const add = (data: FormData) =>
    save([
      ...initiatives,
      {
        name: text(data, 'name') ?? '',
        description: text(data, 'description') ?? '',
        kpiIds: items(text(data, 'kpis'), ','),
        sdgTargets: items(text(data, 'sdgs'), ','),
      },
    ]);
  return (
    <Panel title={t.initiatives.title} className="initiatives">
      <p>{t.initiatives.body}</p>
      {initiatives.length === 0 ? (
        <p className="muted">{t.initiatives.none}</p>
      ) : (
        <ul className="initiative-list">
          {initiatives.map((initiative, index) => (
            <li key={initiative.name}>
              <strong>{initiative.name}</strong>: {initiative.description}
              <br />
              {t.initiatives.kpiList(initiative.kpiIds.join(', '))} ·{' '}
              {t.initiatives.sdgList(initiative.sdgTargets.join(', '))}{' '}
              <button
                type="button"
                className="button button-secondary"
                aria-label={t.initiatives.remove(initiative.name)}
                onClick={() => save(initiatives.filter((_, i) => i !== index))}
              >
                {t.initiatives.removeButton}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionForm submitLabel={t.initiatives.add} variant="secondary" onSubmit={add} resetOnSuccess>
        <TextField label={t.initiatives.name} name="name" required maxLength={200} />
        <TextArea label={t.initiatives.description} name="description" required maxLength={2000} rows={3} />
        <TextField label={t.initiatives.kpis} hint={t.initiatives.kpisHint} name="kpis" required />
        <TextField label={t.initiatives.sdgs} hint={t.initiatives.sdgsHint} name="sdgs" />
      </ActionForm>
    </Panel>
  );
}
