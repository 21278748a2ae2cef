// One click from the review grid to what the city sent: the workbook of the version under review, as submitted,
// and its maturity self-assessment with the evidence the city gave for each answer.
import { maturityCharacteristics } from '../../../../../core/template/maturity.ts';
import type { SubmissionResults } from '../../../api/types.ts';
import { FileDownloadButton } from '../../../components/FileDownloadButton.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { maturityAnswerText } from '../maturityAnswerText.ts';

export function SubmissionLinks({ pilotId, results }: { pilotId: string; results: SubmissionResults }) {
  const { t, lang } = useI18n();
  const answers = results.maturity ?? [];
  const nameOf = (id: string) => {
    const characteristic = maturityCharacteristics.find((c) => c.id === id);
    return characteristic ? (lang === 'zh' ? characteristic.nameZh : characteristic.nameEn) : id;
  };
  return (
    <div className="submission-links">
      <FileDownloadButton
        path={`/pilots/${pilotId}/submissions/${results.version}/workbook`}
        label={t.evidence.workbook(results.version)}
      />
      {answers.length > 0 && (
        <details className="maturity-answers">
          <summary>{t.evidence.maturity(answers.length)}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.maturity.characteristic}</th>
                <th scope="col">{t.maturity.answer}</th>
                <th scope="col">{t.evidence.maturityEvidence}</th>
              </tr>
            </thead>
            <tbody>
              {answers.map((entry) => (
                <tr key={entry.characteristicId}>
                  <th scope="row">{nameOf(entry.characteristicId)}</th>
                  <td>{maturityAnswerText(entry.answer, t, lang)}</td>
                  <td>{entry.evidence ?? t.evidence.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
