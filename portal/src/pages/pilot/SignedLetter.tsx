// City: uploads the letter of intent signed by the mayor (a PDF, through a presigned POST) and attaches it.
import { useState } from 'react';
import { uploadAttachment } from '../../api/upload.ts';
import { ActionForm } from '../../components/ActionForm.tsx';
import { TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ActionProps } from './types.ts';
import { UploadProgress } from './UploadProgress.tsx';

export function SignedLetter({ detail, act }: ActionProps) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<number>();
  const { pilot } = detail;
  const attached = pilot.documents.some((doc) => doc.kind === 'signed_letter_of_intent');
  const attach = async (data: FormData) => {
    const file = data.get('signed');
    if (!(file instanceof File) || file.size === 0) throw new Error(t.upload.chooseFile);
    const uploadId = await uploadAttachment(
      `/pilots/${pilot.pilotId}/signed-letter-uploads`,
      file,
      setProgress,
    );
    await act('signed-letter', { uploadId });
  };
  return (
    <Panel title={t.signedLetter.title}>
      <p>{attached ? t.signedLetter.attached : t.signedLetter.body}</p>
      <ActionForm
        submitLabel={attached ? t.signedLetter.replace : t.signedLetter.submit}
        variant={attached ? 'secondary' : 'primary'}
        onSubmit={attach}
        resetOnSuccess
      >
        <TextField
          label={t.signedLetter.file}
          name="signed"
          type="file"
          accept=".pdf,application/pdf"
          required
        />
      </ActionForm>
      {progress !== undefined && <UploadProgress progress={progress} label={t.upload.progress} />}
    </Panel>
  );
}
