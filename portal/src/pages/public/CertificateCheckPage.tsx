// Public certificate check, opened from the certificate's QR code without signing in: valid, revoked or unknown,
// with only the documents the city consented to publish.
import { useState } from 'react';
import { type ApiError, asApiError, download } from '../../api/client.ts';
import type { CertificateCheck } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

type Known = Exclude<CertificateCheck, { status: 'unknown' }>;

function PublishedDocuments({ check }: { check: Known }) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError>();
  const published = check.status === 'valid' ? check.published : [];
  const fetchDocument = (doc: string) =>
    download(`/public/certificates/${encodeURIComponent(check.certificateNumber)}/${doc}`).catch((e) =>
      setError(asApiError(e)),
    );
  return (
    <Panel title={t.certificateCheck.documents}>
      {published.length === 0 ? (
        <p className="muted">
          {check.status === 'revoked' ? t.certificateCheck.withdrawn : t.certificateCheck.noDocuments}
        </p>
      ) : (
        <ul className="documents">
          {published.map((doc) => (
            <li key={doc}>
              <button type="button" className="button button-secondary" onClick={() => fetchDocument(doc)}>
                {t.documents.download(t.certificateCheck.kinds[doc])}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorNotice error={error} />}
    </Panel>
  );
}

function Verdict({ check }: { check: CertificateCheck }) {
  const { t, lang } = useI18n();
  const tone = { valid: 'ok', revoked: 'error', unknown: 'error' }[check.status];
  const message =
    check.status === 'valid'
      ? t.certificateCheck.valid
      : check.status === 'revoked'
        ? t.certificateCheck.revoked(
            formatDate(check.revoked?.at ?? check.issuedAt, lang),
            check.revoked?.reason ?? '',
          )
        : t.certificateCheck.unknown;
  return (
    <>
      <div className={`notice notice-${tone} verdict`} role="status" data-status={check.status}>
        <p>
          <strong className="verdict-word">{t.certificateCheck.statuses[check.status]}</strong> {message}
        </p>
      </div>
      {check.status !== 'unknown' && (
        <>
          <dl className="facts certificate-facts">
            <div>
              <dt>{t.certificateCheck.city}</dt>
              <dd>{check.cityName}</dd>
            </div>
            <div>
              <dt>{t.certificateCheck.country}</dt>
              <dd>{check.country}</dd>
            </div>
            <div>
              <dt>{t.certificateCheck.issued}</dt>
              <dd>{formatDate(check.issuedAt, lang)}</dd>
            </div>
            <div>
              <dt>{t.certificateCheck.hash}</dt>
              <dd>
                <code className="hash">{check.datasetHash}</code>
              </dd>
            </div>
          </dl>
          <PublishedDocuments check={check} />
        </>
      )}
    </>
  );
}

export function CertificateCheckPage({ certificateNumber }: { certificateNumber: string }) {
  const { t } = useI18n();
  // A printed certificate's verifier may add the dataset hash as ?hash=; a mismatch answers "unknown".
  const hash = new URLSearchParams(window.location.search).get('hash');
  const query = hash ? `?hash=${encodeURIComponent(hash)}` : '';
  const resource = useApi<CertificateCheck>(
    `/public/certificates/${encodeURIComponent(certificateNumber)}${query}`,
  );
  return (
    <>
      <PageTitle text={t.certificateCheck.title(certificateNumber)} />
      <p>{t.certificateCheck.intro}</p>
      <Loaded resource={resource}>{(check) => <Verdict check={check} />}</Loaded>
    </>
  );
}
