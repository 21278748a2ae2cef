// City: uploads the filled workbook straight to storage through a presigned POST, with a progress bar.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { UploadTicket } from '../../api/types.ts';
import { postToPresignedUrl } from '../../api/upload.ts';
import { ActionForm } from '../../components/ActionForm.tsx';
import { TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ActionProps } from './types.ts';
import { UploadProgress } from './UploadProgress.tsx';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function UploadPanel({ detail, watchForChange }: ActionProps) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<number>();
  const { pilotId } = detail.pilot;

  const upload = async (data: FormData) => {
    const file = data.get('workbook');
    if (!(file instanceof File) || file.size === 0) throw new Error(t.upload.chooseFile);
    setProgress(0);
    const ticket = await api<UploadTicket>('POST', `/pilots/${pilotId}/uploads`);
    await postToPresignedUrl(ticket, file, setProgress);
    watchForChange();
  };

  return (
    <Panel title={t.upload.title}>
      <ActionForm submitLabel={t.upload.submit} onSubmit={upload}>
        <TextField label={t.upload.file} name="workbook" type="file" accept={XLSX} required />
      </ActionForm>
      {progress !== undefined && (
        <UploadProgress progress={progress} label={t.upload.progress} done={t.upload.sent} />
      )}
    </Panel>
  );
}
