// Downloads one validated version's workbook back, every finding highlighted and noted in its cell.
import { FileDownloadButton } from '../../components/FileDownloadButton.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function FeedbackWorkbookLink({ pilotId, version }: { pilotId: string; version: number }) {
  const { t } = useI18n();
  return (
    <p>
      <FileDownloadButton
        path={`/pilots/${pilotId}/submissions/${version}/feedback-workbook`}
        label={t.findings.feedbackWorkbook(version)}
      />
    </p>
  );
}
