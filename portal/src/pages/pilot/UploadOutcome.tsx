// What became of the workbook just sent, polled by its upload id until it is refused or validated: a refusal is
// said at once, with the server's reason in the user's language.
import { useEffect } from 'react';
import type { UploadStatus } from '../../api/types.ts';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { FeedbackWorkbookLink } from './FeedbackWorkbookLink.tsx';

const POLL_MS = 700;
const settled = new Set<UploadStatus['status']>(['refused', 'expired', 'valid', 'invalid']);

function useUploadStatus(pilotId: string, uploadId: string): UploadStatus | undefined {
  const { data, reload } = useApi<UploadStatus>(`/pilots/${pilotId}/uploads/${uploadId}`);
  const done = data !== undefined && settled.has(data.status);
  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [done, reload]);
  return data;
}

function OutcomeText({ pilotId, status }: { pilotId: string; status: UploadStatus | undefined }) {
  const { t, lang } = useI18n();
  const s = t.upload.status;
  if (status?.reason && (status.status === 'refused' || status.status === 'expired')) {
    return (
      <p className="notice notice-error" role="alert">
        <strong>{s.refused}</strong> <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{status.reason[lang]}</span>
      </p>
    );
  }
  if (status?.version && (status.status === 'valid' || status.status === 'invalid')) {
    return (
      <>
        <p className={`notice ${status.status === 'valid' ? 'notice-ok' : 'notice-error'}`}>
          {s[status.status](status.version)}
        </p>
        <FeedbackWorkbookLink pilotId={pilotId} version={status.version} />
      </>
    );
  }
  return (
    <p>{status?.status === 'validating' && status.version ? s.validating(status.version) : s.checking}</p>
  );
}

export function UploadOutcome({ pilotId, uploadId }: { pilotId: string; uploadId: string }) {
  const status = useUploadStatus(pilotId, uploadId);
  // One live region that stays while its text changes, so each step is announced.
  return (
    <div className="upload-outcome" aria-live="polite" data-upload-status={status?.status ?? 'checking'}>
      <OutcomeText pilotId={pilotId} status={status} />
    </div>
  );
}
