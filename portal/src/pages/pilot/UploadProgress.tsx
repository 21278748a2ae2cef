// A labelled progress bar for a file on its way to storage, announced politely as it advances.
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function UploadProgress({ progress, label }: { progress: number; label: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={1} value={progress}>
        {t.upload.percent(progress)}
      </progress>
      <span aria-live="polite">{t.upload.percent(progress)}</span>
    </div>
  );
}
