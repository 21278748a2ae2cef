// One entry of a query's thread: who wrote it and when, the text, the evidence file and workbook version.
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { ThreadEntry } from './queryThreads.ts';

export function QueryThreadEntry({ entry }: { entry: ThreadEntry }) {
  const { t, lang } = useI18n();
  const who = { question: t.queries.raisedBy, answer: t.queries.answerBy, closed: t.queries.closedBy }[
    entry.kind
  ](entry.by);
  return (
    <li data-entry={entry.kind}>
      <p className="muted">
        {who} · <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
      </p>
      <p>{entry.text}</p>
      {entry.evidence && <p className="evidence">{t.queries.evidence(entry.evidence)}</p>}
      {entry.version && <p>{t.queries.refersTo(entry.version)}</p>}
    </li>
  );
}
