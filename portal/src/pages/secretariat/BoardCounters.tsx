// The board's totals beside the charts: overdue and due-soon pilots, each a shortcut to the matching list, and the
// funnel of how many pilots reached each step (with a text summary for screen readers).
import { lazy, Suspense, useId, useMemo } from 'react';
import type { BoardCounts } from '../../api/types.ts';
import { Panel } from '../../components/Panel.tsx';
import { funnel } from '../../components/phases.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const FunnelChart = lazy(() => import('./FunnelChart.tsx'));

export function DeadlineCounters({ counts }: { counts?: BoardCounts }) {
  const { t } = useI18n();
  if (!counts) return null;
  return (
    <p className="board-counters">
      <span className="badge badge-bad" data-counter="overdue">
        {t.board.overdue(counts.overdue)}
      </span>
      <span className="badge badge-warn" data-counter="due-soon">
        {t.boardTools.dueSoon(counts.dueSoon, counts.dueSoonDays)}
      </span>
    </p>
  );
}

export function StageFunnel({ counts }: { counts?: BoardCounts }) {
  const { t } = useI18n();
  const summaryId = useId();
  const steps = useMemo(
    () =>
      funnel(counts?.stages ?? {}).map(({ phase, reached }) => ({
        label: t.orientation.phases[phase],
        reached,
      })),
    [counts, t],
  );
  return (
    <Panel title={t.boardTools.funnelTitle}>
      <figure className="chart funnel" aria-describedby={summaryId}>
        <Suspense fallback={<p className="muted">{t.common.loading}</p>}>
          <FunnelChart steps={steps} />
        </Suspense>
        <figcaption id={summaryId} className="visually-hidden">
          {t.boardTools.funnelSummary(steps.map((s) => `${s.label} ${s.reached}`).join(', '))}
        </figcaption>
      </figure>
      <p className="muted">{t.boardTools.funnelNote}</p>
    </Panel>
  );
}
