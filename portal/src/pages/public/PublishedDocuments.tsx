// Download buttons for the documents a certified city consented to publish; none once the certificate is revoked.
import { useState } from 'react';
import { type ApiError, asApiError, download } from '../../api/client.ts';
import type { CertificateCheck } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export type Known = Exclude<CertificateCheck, { status: 'unknown' }>;

export function PublishedDocuments({ check }: { check: Known }) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError>();
  const published = check.status === 'valid' ? check.published : [];
  const fetchDocument = (doc: string, language?: string) =>
    download(
      `/public/certificates/${encodeURIComponent(check.certificateNumber)}/${doc}${language ? `?language=${language}` : ''}`,
    ).catch((e) => setError(asApiError(e)));
  // One button per language the document exists in; a document without language variants gets one plain button.
  const variants = published.flatMap((doc) => {
    const languages = check.status === 'valid' ? (check.languages[doc] ?? []) : [];
    return languages.length > 1
      ? languages.map((language) => ({ doc, language }))
      : [{ doc, language: undefined as string | undefined }];
  });
  return (
    <Panel title={t.certificateCheck.documents}>
      {published.length === 0 ? (
        <p className="muted">
          {check.status === 'revoked' ? t.certificateCheck.withdrawn : t.certificateCheck.noDocuments}
        </p>
      ) : (
        <ul className="documents">
          {variants.map(({ doc, language }) => (
            <li key={`${doc}-${language ?? ''}`}>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => fetchDocument(doc, language)}
              >
                {t.documents.download(t.certificateCheck.kinds[doc])}
                {language && ` ${t.certificateCheck.inLanguage[language] ?? language}`}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorNotice error={error} />}
    </Panel>
  );
}
