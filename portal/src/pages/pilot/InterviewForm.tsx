// Verifier: the form that logs an interview or site visit (date, mode, attendees, topics, linked KPIs, notes).
import { ActionForm, items, text } from '../../components/ActionForm.tsx';
import { TextArea, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ModeField } from './ModeField.tsx';
import type { ActionProps } from './types.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function InterviewForm({ act, detail }: ActionProps) {
  const { t } = useI18n();
  const log = (data: FormData) =>
    act('interviews', {
      date: text(data, 'date'),
      mode: text(data, 'mode'),
      attendees: items(text(data, 'attendees')),
      topics: items(text(data, 'topics')),
      kpiIds: items(text(data, 'kpis'), /[,\s]+/),
      notes: text(data, 'notes') ?? '',
    });
  return (
    <details className="subform">
      <summary>{t.interviews.log}</summary>
      <ActionForm label={t.interviews.log} submitLabel={t.interviews.submit} onSubmit={log} resetOnSuccess>
        <div className="grid-2">
          <TextField label={t.interviews.date} name="date" type="date" defaultValue={today()} required />
          <ModeField label={t.interviews.mode} defaultValue={detail.pilot.verificationMode} />
        </div>
        <TextArea label={t.interviews.attendees} name="attendees" rows={2} required />
        <TextArea label={t.interviews.topics} name="topics" rows={2} required />
        <TextField label={t.interviews.kpis} hint={t.interviews.kpisHint} name="kpis" />
        <TextArea label={t.interviews.notes} name="notes" rows={3} />
      </ActionForm>
    </details>
  );
}
