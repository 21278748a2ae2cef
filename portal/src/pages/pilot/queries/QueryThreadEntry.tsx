// One entry of a query's thread: who wrote it and when, the text, the evidence file (downloadable) and workbook version.
import { FileDownloadButton } from '../../../components/FileDownloadButton.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { ThreadEntry } from './queryThreads.ts';

/** evidencePath: the query's evidence route, to which the file's upload id is appended. */
export function QueryThreadEntry({ entry, evidencePath }: { entry: ThreadEntry; evidencePath: string }) {
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
      {entry.evidence && (
        <p className="evidence">
          <FileDownloadButton
            path={evidencePath + entry.evidence.uploadId}
            label={t.queries.evidence(entry.evidence.fileName)}
          />
        </p>
      )}
      {entry.version && <p>{t.queries.refersTo(entry.version)}</p>}
    </li>
  );
}
