// The pilot's full history from its event log, oldest first, with who acted and the reason or note given.
import { useEffect, useState } from 'react';
import { api, asApiError } from '../../api/client.ts';
import { actorName } from '../../api/events.ts';
import type { PilotEvent } from '../../api/types.ts';
import { Panel } from '../../components/Panel.tsx';
import { humanize, type Messages } from '../../i18n/en.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/**
 * The free text an event carries, whichever field holds it; a refusal's reason in Chinese where it has one. An approval
 * carries the core's fixed English summary, so the portal names it in the reader's language instead.
 */
function eventText(event: PilotEvent, t: Messages, lang: string): string | undefined {
  const data = event.data as Record<string, unknown>;
  if (typeof data.approvedBy === 'string') return t.pilot.approvedBySupervisor;
  const value =
    (lang === 'zh' ? data.reasonZh : undefined) ??
    data.reason ??
    data.note ??
    data.summary ??
    data.comments ??
    data.question ??
    data.text ??
    data.resolution ??
    data.error;
  if (typeof value === 'string') return value;
  return typeof data.version === 'number' ? `v${data.version}` : undefined;
}

interface TimelineProps {
  pilotId: string;
  /** The newest events, as the pilot's page brought them. */
  events: PilotEvent[];
  /** Set when older events were left out of that page. */
  olderBefore?: number;
}

interface TimelinePage {
  timeline: PilotEvent[];
  olderBefore?: number;
}

export function Timeline({ pilotId, events, olderBefore }: TimelineProps) {
  const { t, lang } = useI18n();
  // Older pages the person asked for, oldest first, and where the next older page starts.
  const [earlier, setEarlier] = useState<TimelinePage>({ timeline: [], olderBefore });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => setEarlier({ timeline: [], olderBefore }), [olderBefore]);
  const loadEarlier = async () => {
    if (earlier.olderBefore === undefined) return;
    setLoading(true);
    try {
      const page = await api<TimelinePage>(
        'GET',
        `/pilots/${encodeURIComponent(pilotId)}/timeline?before=${earlier.olderBefore}`,
      );
      setEarlier({ timeline: [...page.timeline, ...earlier.timeline], olderBefore: page.olderBefore });
      setError(undefined);
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Panel title={t.pilot.timeline}>
      {earlier.olderBefore !== undefined && (
        <p>
          <span className="muted">{t.pilot.timelineEarlierNote} </span>
          <button type="button" onClick={loadEarlier} disabled={loading} aria-busy={loading}>
            {t.pilot.timelineEarlier}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <ol className="timeline">
        {[...earlier.timeline, ...events].map((event) => {
          const detail = eventText(event, t, lang);
          return (
            <li key={event.seq} data-event={event.type}>
              <time dateTime={event.at}>{formatDateTime(event.at, lang)}</time>
              <strong>{t.events[event.type] ?? humanize(event.type)}</strong>
              <span className="muted">
                {t.pilot.by} {event.actor.role === 'system' ? t.pilot.systemActor : actorName(event)} (
                {t.roles[event.actor.role]})
              </span>
              {detail && <q>{detail}</q>}
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
