// The verifier's review grid: every data point of the latest validated version with its result and review state,
// filters, per-row and bulk decisions, queries, and a keyboard for working through 132 rows. Loaded on demand.
import type { SubmissionResults } from '../../../api/types.ts';
import { Loaded } from '../../../components/Loading.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { type Props, ReviewWorkspace } from './ReviewWorkspace.tsx';

export default function ReviewGrid(props: Props) {
  const { t } = useI18n();
  const resource = useApi<SubmissionResults>(`/pilots/${props.pilotId}/submissions/${props.version}`);
  return (
    <Panel title={t.review.title(props.version)} className="review-grid">
      {props.verification?.lock && <p className="notice notice-ok">{t.review.locked}</p>}
      <Loaded resource={resource}>
        {(outcome) => <ReviewWorkspace {...props} results={outcome.results} />}
      </Loaded>
    </Panel>
  );
}
