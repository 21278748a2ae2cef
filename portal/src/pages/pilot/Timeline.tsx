// The pilot's full history from its event log, oldest first, with who acted and the reason or note given.
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

export function Timeline({ events }: { events: PilotEvent[] }) {
  const { t, lang } = useI18n();
  return (
    <Panel title={t.pilot.timeline}>
      <ol className="timeline">
        {events.map((event) => {
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
