// What the report will say per KPI, derived as the API derives it: a KPI is verified when every one of its data
// points was accepted (with or without a note) in the review grid.
import type { Pilot, SubmissionResults } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const VERIFIED = new Set(['accepted', 'accepted_with_note']);

function summarise(pilot: Pilot, results: SubmissionResults['results']) {
  const reviews = pilot.verification?.reviews ?? {};
  const byKpi = new Map<string, string[]>();
  for (const r of results) byKpi.set(r.kpiId, [...(byKpi.get(r.kpiId) ?? []), r.dataPointId]);
  const open = [...byKpi].filter(
    ([, points]) => !points.every((id) => VERIFIED.has(reviews[id]?.status ?? '')),
  );
  const pending = results.filter((r) => !reviews[r.dataPointId]).length;
  return {
    verified: byKpi.size - open.length,
    total: byKpi.size,
    pending,
    open: open.map(([kpiId]) => kpiId),
  };
}

export function ConclusionAudit({ pilot, version }: { pilot: Pilot; version: number }) {
  const { t } = useI18n();
  const resource = useApi<SubmissionResults>(`/pilots/${pilot.pilotId}/submissions/${version}`);
  const render = ({ results }: SubmissionResults) => {
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
  };
  return <Loaded resource={resource}>{render}</Loaded>;
}
