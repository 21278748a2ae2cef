// Verifier: the log of interviews and site visits (from the event log) and the form to record another.
import { actorName, eventsOf } from '../../api/events.ts';
import { ActionForm, items, text } from '../../components/ActionForm.tsx';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { modeOptions } from './modes.ts';
import type { ActionProps } from './types.ts';

const today = () => new Date().toISOString().slice(0, 10);

function InterviewForm({ act, detail }: ActionProps) {
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
          <SelectField
            label={t.interviews.mode}
            name="mode"
            defaultValue={detail.pilot.verificationMode ?? 'remote'}
            options={modeOptions(t)}
          />
        </div>
        <TextArea label={t.interviews.attendees} name="attendees" rows={2} required />
        <TextArea label={t.interviews.topics} name="topics" rows={2} required />
        <TextField label={t.interviews.kpis} hint={t.interviews.kpisHint} name="kpis" />
        <TextArea label={t.interviews.notes} name="notes" rows={3} />
      </ActionForm>
    </details>
  );
}

export function InterviewLog(props: ActionProps) {
  const { t, lang } = useI18n();
  const interviews = eventsOf(props.detail.timeline, 'InterviewLogged');
  if (interviews.length === 0 && !props.can('logInterview')) return null;
  return (
    <Panel title={t.interviews.title} className="interviews">
      {interviews.length === 0 ? (
        <p className="muted">{t.interviews.none}</p>
      ) : (
        <ol className="interview-list">
          {interviews.map(({ data, ...event }) => (
            <li key={event.seq}>
              <h3>{t.interviews.entry(formatDate(data.date, lang), t.pilot.modes[data.mode])}</h3>
              <dl className="letter">
                <dt>{t.interviews.shown.attendees}</dt>
                <dd>{data.attendees.join(', ')}</dd>
                <dt>{t.interviews.shown.topics}</dt>
                <dd>{data.topics.join('; ')}</dd>
                {data.kpiIds.length > 0 && (
                  <>
                    <dt>{t.interviews.shown.kpis}</dt>
                    <dd>{data.kpiIds.join(', ')}</dd>
                  </>
                )}
                {data.notes && (
                  <>
                    <dt>{t.interviews.notes}</dt>
                    <dd>{data.notes}</dd>
                  </>
                )}
              </dl>
              <p className="muted">
                {t.pilot.by} {actorName({ data, ...event })}
              </p>
            </li>
          ))}
        </ol>
      )}
      {props.can('logInterview') && <InterviewForm {...props} />}
    </Panel>
  );
}
