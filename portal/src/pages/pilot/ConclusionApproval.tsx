// Secretariat: the supervising staff member reads the conclusion, the counts, the audit result per KPI and the
// draft report, then approves (confirmed, as it cannot be undone) or returns the conclusion with comments.
import type { Pilot } from '../../api/types.ts';
import { ActionForm } from '../../components/ActionForm.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useActor } from '../../session.tsx';
import { DraftReport } from './draft/DraftReport.tsx';
import { useDraftReport } from './draft/useDraftReport.ts';
import { ReasonForm } from './ReasonForm.tsx';
import type { ActionProps } from './types.ts';

/** Data points by their review: verified (accepted, with or without a note), not verified, rejected. */
function reviewCounts(pilot: Pilot) {
  const statuses = Object.values(pilot.verification?.reviews ?? {}).map((r) => r.status);
  const count = (...of: string[]) => statuses.filter((s) => of.includes(s)).length;
  return [count('accepted', 'accepted_with_note'), count('not_verified'), count('rejected')] as const;
}

export function ConclusionApproval({ detail, act }: ActionProps) {
  const { t, lang } = useI18n();
  const actor = useActor();
  const { pilot } = detail;
  const draft = useDraftReport(pilot.pilotId, pilot.version);
  // Only the appointed supervisor may decide; other staff see who is expected to.
  if (actor.userId !== pilot.supervisorId)
    return <p className="notice notice-ok">{t.verifier.awaiting(pilot.supervisorId ?? '–')}</p>;
  return (
    <Panel title={t.approval.title} className="informed-approval">
      <p>{t.approval.body}</p>
      <Loaded resource={draft}>
        {({ content }) => (
          <>
            <h3>{t.informed.conclusion}</h3>
            <p className="conclusion-summary">{content.auditSummary}</p>
            <p className="review-counts">{t.informed.counts(...reviewCounts(pilot))}</p>
            <details>
              <summary>{t.informed.perKpi}</summary>
              <div className="table-wrap">
                <table className="audit-results">
                  <thead>
                    <tr>
                      <th scope="col">{t.informed.kpi}</th>
                      <th scope="col">{t.informed.verified}</th>
                      <th scope="col">{t.informed.note}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {content.auditResults.map((a) => (
                      <tr key={a.kpiId} data-kpi={a.kpiId}>
                        <th scope="row">
                          <code>{a.kpiId}</code> {a.name[lang]}
                        </th>
                        <td>{a.verified ? t.informed.yes : t.informed.no}</td>
                        <td>{a.note ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
            <details className="draft-disclosure">
              <summary>{t.informed.showDraft}</summary>
              <DraftReport content={content} />
            </details>
          </>
        )}
      </Loaded>
      <ActionForm
        submitLabel={t.approval.approve}
        confirm={t.confirm.approve}
        onSubmit={() => act('conclusion-decision', { decision: 'approve' })}
      />
      <ReasonForm
        label={t.approval.comments}
        submitLabel={t.approval.return}
        onSubmit={(comments) => act('conclusion-decision', { decision: 'return', comments })}
      />
    </Panel>
  );
}
