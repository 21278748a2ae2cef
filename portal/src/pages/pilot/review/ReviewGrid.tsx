// The verifier's review grid: every data point of the latest validated version with its result, the evidence
// behind it and its review state, filters, per-row and bulk decisions, queries, and a keyboard for working through
// 132 rows; the submitted workbook and the maturity answers one click away. Loaded on demand.
import { useMemo } from 'react';
import type { SubmissionEvidence, SubmissionResults } from '../../../api/types.ts';
import { Loaded } from '../../../components/Loading.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { type Props, ReviewWorkspace } from './ReviewWorkspace.tsx';
import { SubmissionLinks } from './SubmissionLinks.tsx';

export default function ReviewGrid(props: Props) {
  const { t } = useI18n();
  const base = `/pilots/${props.pilotId}/submissions/${props.version}`;
  const resource = useApi<SubmissionResults>(base);
  const evidence = useApi<SubmissionEvidence>(`${base}/evidence`);
  const byId = useMemo(
    () => new Map(evidence.data?.dataPoints.map((e) => [e.dataPointId, e])),
    [evidence.data],
  );
  return (
    <Panel title={t.review.title(props.version)} className="review-grid">
      {props.verification?.lock && <p className="notice notice-ok">{t.review.locked}</p>}
      <Loaded resource={resource}>
        {(outcome) => (
          <>
            <SubmissionLinks pilotId={props.pilotId} results={outcome} />
            <Loaded resource={evidence}>
              {() => <ReviewWorkspace {...props} results={outcome.results} evidence={byId} />}
            </Loaded>
          </>
        )}
      </Loaded>
    </Panel>
  );
}
