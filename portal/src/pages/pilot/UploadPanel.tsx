// City: uploads the filled workbook straight to storage through a presigned POST, with a progress bar, then says
// what became of it: refused (by storage or by the checks on arrival, with the reason) or validated.
import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { UploadTicket } from '../../api/types.ts';
import { postToPresignedUrl, StorageRefusal } from '../../api/upload.ts';
import { ActionForm } from '../../components/ActionForm.tsx';
import { TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatBytes } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ActionProps } from './types.ts';
import { UploadOutcome } from './UploadOutcome.tsx';
import { UploadProgress } from './UploadProgress.tsx';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function UploadPanel({ detail, watchForChange, canUpload }: ActionProps & { canUpload: boolean }) {
  const { t, lang } = useI18n();
  const [progress, setProgress] = useState<number>();
  const [uploadId, setUploadId] = useState<string>();
  const { pilotId } = detail.pilot;

  /** Storage's error XML in the user's words: the POST policy's limits are the only refusals it gives. */
  const refusalMessage = (refusal: StorageRefusal, ticket: UploadTicket) => {
    const r = t.upload.refusals;
    if (refusal.code === 'EntityTooLarge') return r.tooLarge(formatBytes(ticket.maxBytes, lang));
    if (refusal.code === 'EntityTooSmall') return r.empty;
    if (refusal.code === 'AccessDenied' && /expired/i.test(refusal.message)) return r.expired;
    return r.other(refusal.code);
  };

  const upload = async (data: FormData) => {
    const file = data.get('workbook');
    if (!(file instanceof File) || file.size === 0) throw new Error(t.upload.chooseFile);
    setUploadId(undefined);
    const ticket = await api<UploadTicket>('POST', `/pilots/${pilotId}/uploads`);
    setProgress(0);
    try {
      await postToPresignedUrl(ticket, file, setProgress);
    } catch (caught) {
      setProgress(undefined);
      if (!(caught instanceof StorageRefusal)) throw caught;
      throw new ApiError(caught.status, 'upload_rejected', refusalMessage(caught, ticket));
    }
    setUploadId(ticket.uploadId);
    watchForChange();
  };

  return (
    <Panel title={t.upload.title}>
      <ActionForm submitLabel={t.upload.submit} onSubmit={upload} disabled={!canUpload}>
        <TextField label={t.upload.file} name="workbook" type="file" accept={XLSX} required />
      </ActionForm>
      {progress !== undefined && <UploadProgress progress={progress} label={t.upload.progress} />}
      {uploadId && <UploadOutcome key={uploadId} pilotId={pilotId} uploadId={uploadId} />}
    </Panel>
  );
}
