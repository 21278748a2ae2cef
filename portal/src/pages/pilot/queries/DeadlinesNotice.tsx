// The two clocks of a verification: the verifier's stops while a query waits for the city, the city's runs.
import type { Pilot } from '../../../api/types.ts';
import { formatDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

const DAY_MS = 86_400_000;

export function DeadlinesNotice({ pilot }: { pilot: Pilot }) {
  const { t, lang } = useI18n();
  const v = pilot.verification;
  if (!v) return null;
  const waiting = v.queries.filter((q) => q.status === 'open').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const movedDays = Math.round(v.stoppedMs / DAY_MS);
  const first = waiting[0];
  return (
    <dl className="clocks" aria-label={t.clock.title}>
      <div>
        <dt>{t.clock.verifier}</dt>
        <dd data-clock={v.clockStoppedSince ? 'stopped' : 'running'}>
          {v.clockStoppedSince ? t.clock.stopped(formatDate(v.clockStoppedSince, lang)) : t.clock.running}
          {movedDays > 0 && <span className="muted"> · {t.clock.moved(movedDays)}</span>}
        </dd>
      </div>
      <div>
        <dt>{t.clock.city}</dt>
        <dd>{first ? t.clock.cityDue(waiting.length, formatDate(first.dueAt, lang)) : t.clock.cityNone}</dd>
      </div>
    </dl>
  );
}
