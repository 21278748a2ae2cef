// Verifier: the log of interviews and site visits (from the event log) and the form to record another.
import { actorName, eventsOf } from '../../api/events.ts';
import { FileDownloadButton } from '../../components/FileDownloadButton.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { InterviewForm } from './InterviewForm.tsx';
import type { ActionProps } from './types.ts';
import { useEventsOf } from './useEventsOf.ts';

const INTERVIEW_EVENTS = ['InterviewLogged'] as const;

export function InterviewLog(props: ActionProps) {
  const { t, lang } = useI18n();
  const logged = useEventsOf(props.detail, INTERVIEW_EVENTS);
  const interviews = eventsOf(logged.events, 'InterviewLogged');
  if (interviews.length === 0 && !props.can('logInterview')) return null;
  return (
    <Panel title={t.interviews.title} className="interviews">
      {interviews.length === 0 ? (
        <p className="muted">{t.interviews.none}</p>
      ) : (
        <ol className="interview-list" aria-live="polite">
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
                {data.attachments.length > 0 && (
                  <>
                    <dt>{t.interviews.shown.attachments}</dt>
                    <dd>
                      <ul className="attachments">
                        {data.attachments.map((file) => (
                          <li key={file.uploadId}>
                            <FileDownloadButton
                              path={`/pilots/${props.detail.pilot.pilotId}/interview-attachments/${file.uploadId}`}
                              label={file.fileName}
                            />
                          </li>
                        ))}
                      </ul>
                    </dd>
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
