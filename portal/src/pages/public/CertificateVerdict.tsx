// The answer of the public certificate check: valid, revoked or unknown, with the certificate's facts.
import type { CertificateCheck } from '../../api/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PublishedDocuments } from './PublishedDocuments.tsx';

export function CertificateVerdict({ check }: { check: CertificateCheck }) {
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
