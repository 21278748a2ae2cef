// City: answers a query with text, optionally an evidence file (sent to its presigned POST first) and the
// version of a corrected workbook uploaded meanwhile.
import { useState } from 'react';
import type { Pilot } from '../../../api/types.ts';
import { SUPPORTING_FILES, uploadAttachment } from '../../../api/upload.ts';
import { ActionForm, text } from '../../../components/ActionForm.tsx';
import { SelectField, TextArea, TextField } from '../../../components/fields.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { UploadProgress } from '../UploadProgress.tsx';

interface Props {
  pilot: Pilot;
  queryId: string;
  act: (path: string, body: object) => Promise<void>;
}

export function AnswerForm({ pilot, queryId, act }: Props) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<number>();
  const path = `queries/${queryId}`;

  const answer = async (data: FormData) => {
    const file = data.get('evidence');
    const evidenceUploadId =
      file instanceof File && file.size > 0
        ? await uploadAttachment(`/pilots/${pilot.pilotId}/${path}/evidence-uploads`, file, setProgress)
        : undefined;
    const version = Number(text(data, 'version'));
    await act(`${path}/answer`, {
      text: text(data, 'text'),
      evidenceUploadId,
      submissionVersion: version > 0 ? version : undefined,
    });
    setProgress(undefined);
  };

  return (
    <ActionForm label={t.queries.answer} submitLabel={t.queries.send} onSubmit={answer} resetOnSuccess>
      <TextArea label={t.queries.answerText} name="text" required minLength={2} rows={3} />
      <TextField label={t.queries.evidenceFile} name="evidence" type="file" accept={SUPPORTING_FILES} />
      <SelectField
        label={t.queries.version}
        hint={t.queries.versionHint}
        name="version"
        options={[
          { value: '', label: t.queries.noVersion },
          ...[...pilot.submissions].reverse().map((s) => ({
            value: String(s.version),
            label: `v${s.version} · ${t.submissions.statuses[s.status]}`,
          })),
        ]}
      />
      {progress !== undefined && <UploadProgress progress={progress} label={t.queries.uploading} />}
    </ActionForm>
  );
}
