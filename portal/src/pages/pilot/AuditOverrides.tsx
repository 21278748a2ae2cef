// Verifier: per-KPI audit results where the verifier's judgement differs from what the reviews imply; fields of the
// conclusion form, read back by auditResultsOf when it is submitted.
import type { Pilot, SubmissionResults } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { dataPointsByKpi, kpiVerifiedByReviews } from './ConclusionAudit.tsx';

type Results = SubmissionResults['results'];

/** The audit results the verifier stated: only KPIs whose choice is not "as the reviews say". */
export function auditResultsOf(data: FormData, results: Results) {
  return [...dataPointsByKpi(results)].flatMap(([kpiId, points]) => {
    const choice = data.get(`audit-${kpiId}`);
    if (choice !== 'verified' && choice !== 'not_verified') return [];
    const note = String(data.get(`audit-note-${kpiId}`) ?? '').trim();
    return [
      {
        kpiId,
        reported: points.some((p) => p.status === 'reported'),
        verified: choice === 'verified',
        ...(note ? { note } : {}),
      },
    ];
  });
}

export function AuditOverrides({ pilot, results }: { pilot: Pilot; results: Results }) {
  const { t } = useI18n();
  return (
    <details className="subform audit-overrides">
      <summary>{t.audit.override}</summary>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.audit.kpi}</th>
              <th scope="col">{t.audit.fromReviews}</th>
              <th scope="col">{t.audit.statement}</th>
              <th scope="col">{t.audit.note}</th>
            </tr>
          </thead>
          <tbody>
            {[...dataPointsByKpi(results)].map(([kpiId, points]) => (
              <tr key={kpiId}>
                <th scope="row">
                  <code>{kpiId}</code>
                </th>
                <td>{kpiVerifiedByReviews(pilot, points) ? t.audit.verified : t.audit.notVerifiedOption}</td>
                <td>
                  <select name={`audit-${kpiId}`} aria-label={t.audit.resultFor(kpiId)} defaultValue="">
                    <option value="">{t.audit.asReviewed}</option>
                    <option value="verified">{t.audit.verified}</option>
                    <option value="not_verified">{t.audit.notVerifiedOption}</option>
                  </select>
                </td>
                <td>
                  <input name={`audit-note-${kpiId}`} aria-label={t.audit.noteFor(kpiId)} maxLength={2000} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
