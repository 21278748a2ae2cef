// Public certificate check, opened from the certificate's QR code without signing in: valid, revoked or unknown,
// with only the documents the city consented to publish.
import type { CertificateCheck } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CertificateVerdict } from './CertificateVerdict.tsx';

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
      <Loaded resource={resource}>{(check) => <CertificateVerdict check={check} />}</Loaded>
    </>
  );
}
