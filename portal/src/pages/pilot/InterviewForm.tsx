// Verifier: the form that logs an interview or site visit (date, mode, attendees, topics, linked KPIs, notes and
// attachments, each sent to its own presigned POST before the entry is logged).
import { useState } from 'react';
import { SUPPORTING_FILES, uploadAttachment } from '../../api/upload.ts';
import { ActionForm, items, text } from '../../components/ActionForm.tsx';
import { TextArea, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ModeField } from './ModeField.tsx';
import type { ActionProps } from './types.ts';
import { UploadProgress } from './UploadProgress.tsx';

const today = () => new Date().toISOString().slice(0, 10);

export function InterviewForm({ act, detail }: ActionProps) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<number>();
  const log = async (data: FormData) => {
    const files = data.getAll('attachments').filter((f): f is File => f instanceof File && f.size > 0);
    const attachmentUploadIds: string[] = [];
    // One after another, so the bar shows the share of all files done.
    for (const [index, file] of files.entries()) {
      attachmentUploadIds.push(
        await uploadAttachment(`/pilots/${detail.pilot.pilotId}/interview-attachment-uploads`, file, (f) =>
          setProgress((index + f) / files.length),
        ),
      );
    }
    await act('interviews', {
      date: text(data, 'date'),
      mode: text(data, 'mode'),
      attendees: items(text(data, 'attendees')),
      topics: items(text(data, 'topics')),
      kpiIds: items(text(data, 'kpis'), /[,\s]+/),
      notes: text(data, 'notes') ?? '',
      attachmentUploadIds,
    });
    setProgress(undefined);
  };
  return (
    <details className="subform">
      <summary>{t.interviews.log}</summary>
      <ActionForm label={t.interviews.log} submitLabel={t.interviews.submit} onSubmit={log} resetOnSuccess>
        <div className="grid-2">
          <TextField label={t.interviews.date} name="date" type="date" defaultValue={today()} required />
          <ModeField label={t.interviews.mode} defaultValue={detail.pilot.verificationMode} />
        </div>
        <TextArea label={t.interviews.attendees} name="attendees" rows={2} required />
        <TextArea label={t.interviews.topics} name="topics" rows={2} required />
        <TextField label={t.interviews.kpis} hint={t.interviews.kpisHint} name="kpis" />
        <TextArea label={t.interviews.notes} name="notes" rows={3} />
        <TextField
          label={t.interviews.attachments}
          name="attachments"
          type="file"
          multiple
          accept={SUPPORTING_FILES}
        />
        {progress !== undefined && <UploadProgress progress={progress} label={t.interviews.uploading} />}
      </ActionForm>
    </details>
  );
}
