// What the report will say per KPI, derived as the API derives it: a KPI is verified when every one of its data
// points was accepted (with or without a note) in the review grid.
import { verifiedByReviews } from '../../../../core/verification/audit-rule.ts';
import type { Pilot, SubmissionResults } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

type Results = SubmissionResults['results'];

/** Each KPI's data points, in catalogue order. */
export function dataPointsByKpi(results: Results): Map<string, Results> {
  const byKpi = new Map<string, Results>();
  for (const r of results) byKpi.set(r.kpiId, [...(byKpi.get(r.kpiId) ?? []), r]);
  return byKpi;
}

/** Whether the reviews alone verify a KPI, by the rule the report applies. */
export function kpiVerifiedByReviews(pilot: Pilot, points: Results): boolean {
  return verifiedByReviews(
    pilot.verification?.reviews ?? {},
    points.map((p) => p.dataPointId),
  );
}

function summarise(pilot: Pilot, results: Results) {
  const reviews = pilot.verification?.reviews ?? {};
  const byKpi = dataPointsByKpi(results);
  const open = [...byKpi].filter(([, points]) => !kpiVerifiedByReviews(pilot, points));
  const pending = results.filter((r) => !reviews[r.dataPointId]).length;
  return {
    verified: byKpi.size - open.length,
    total: byKpi.size,
    pending,
    open: open.map(([kpiId]) => kpiId),
  };
}

export function ConclusionAudit({ pilot, results }: { pilot: Pilot; results: Results }) {
  const { t } = useI18n();
  const { verified, total, pending, open } = summarise(pilot, results);
  return (
    <div className="notice notice-ok audit-summary">
      <p>{t.audit.summary(verified, total, pending)}</p>
      {open.length > 0 && (
        <details>
          <summary>{t.audit.notVerified(open.length)}</summary>
          <p>
            {open.map((kpiId) => (
              <code key={kpiId}>{kpiId} </code>
            ))}
          </p>
        </details>
      )}
    </div>
  );
}
