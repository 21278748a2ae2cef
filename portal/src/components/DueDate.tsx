// A due date with a visible warning when it is overdue or falls within the next two weeks.
import { DUE_SOON_DAYS } from '../../../core/lifecycle/deadlines.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const DAY_MS = 86_400_000;

export type DueState = 'overdue' | 'soon' | 'later';

export function dueState(dueAt: string, now = Date.now()): { state: DueState; days: number } {
  const days = Math.ceil((Date.parse(dueAt) - now) / DAY_MS);
  if (Date.parse(dueAt) < now) return { state: 'overdue', days };
  return { state: days <= DUE_SOON_DAYS ? 'soon' : 'later', days };
}

export function DueDate({ dueAt }: { dueAt?: string }) {
  const { t, lang } = useI18n();
  if (!dueAt) return <span className="muted">–</span>;
  const { state, days } = dueState(dueAt);
  return (
    <span className={`due due-${state}`}>
      <time dateTime={dueAt}>{formatDate(dueAt, lang)}</time>
      {state === 'overdue' && <span className="badge badge-bad">{t.due.overdue}</span>}
      {state === 'soon' && <span className="badge badge-warn">{t.due.soon(days)}</span>}
    </span>
  );
}
