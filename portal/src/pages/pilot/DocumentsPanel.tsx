// Downloads of the documents the workflow produced: letter, reports in each language, annex, snapshot, certificate.
import { useState } from 'react';
import { type ApiError, asApiError, download } from '../../api/client.ts';
import type { Pilot } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';

/** Reports and snapshots carry their language in the file name, e.g. verification-report-zh.pdf. */
const languageOf = (key: string) => ({ en: 'English', zh: '中文' })[/-(en|zh)\.pdf$/.exec(key)?.[1] ?? ''];

export function DocumentsPanel({ pilot }: { pilot: Pilot }) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<ApiError>();
  const fetchDocument = (key: string) =>
    download(`/pilots/${pilot.pilotId}/documents?key=${encodeURIComponent(key)}`).catch((caught) =>
      setError(asApiError(caught)),
    );
  return (
    <Panel title={t.documents.title}>
      {pilot.certificate && (
        <p className="notice notice-ok">
          {t.documents.certificate(pilot.certificate.certificateNumber)}{' '}
          <Link href={`/certificates/${pilot.certificate.certificateNumber}`}>{t.documents.check}</Link>
        </p>
      )}
      {pilot.certificate?.revoked && (
        <p className="notice notice-error">{t.revoke.revoked(pilot.certificate.revoked.reason)}</p>
      )}
      {pilot.documents.length === 0 ? (
        <p className="muted">{t.documents.none}</p>
      ) : (
        <ul className="documents">
          {pilot.documents.map((doc) => {
            const kind = (t.documents.kinds as Partial<Record<string, string>>)[doc.kind] ?? doc.kind;
            const language = languageOf(doc.key);
            const name = language ? t.documents.inLanguage(kind, language) : kind;
            return (
              <li key={doc.key}>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => fetchDocument(doc.key)}
                >
                  {t.documents.download(name)}
                </button>
                <span className="muted">{formatDate(doc.createdAt, lang)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {error && <ErrorNotice error={error} />}
    </Panel>
  );
}
