// A city's category scores once the report is issued: a chart, a text summary and the table behind it.
import { lazy, Suspense, useId } from 'react';
import type { AggregateScore, Pilot } from '../../../api/types.ts';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { categoryLabel } from './categoryLabel.ts';
import { ScoreTable } from './ScoreTable.tsx';
import { useScore } from './useScore.ts';

const ScoreChart = lazy(() => import('./ScoreChart.tsx'));

export function ScorePanel({ pilot }: { pilot: Pilot }) {
  const { t, lang } = useI18n();
  const summaryId = useId();
  const { score, error } = useScore(pilot);
  if (!pilot.documents.some((doc) => doc.kind === 'score')) return null;
  const name = (row: AggregateScore) => (lang === 'zh' ? row.nameZh : row.nameEn);
  const scored = score?.categories.filter((row) => row.percentage !== null) ?? [];
  // An asterisk wherever a score rests on an illustrative target, explained once below the scores.
  const mark = (row: AggregateScore) => (row.illustrativeKpis ? ' *' : '');
  const named = categoryLabel(score?.categories ?? [], score?.subDimensions ?? [], name);
  const label = (row: AggregateScore) => `${named(row)}${mark(row)}`;
  const notScored = (reason: string) => score?.notScored.filter((n) => n.reason === reason).length ?? 0;
  return (
    <Panel title={t.score.title} className="score">
      {error && <ErrorNotice error={error} />}
      {!score && !error && <p className="muted">{t.common.loading}</p>}
      {score && (
        <>
          <p>{t.score.body(score.datasetVersion, score.targetsVersion)}</p>
          <ul className="dimension-scores">
            {score.dimensions.map((d) => (
              <li key={d.path}>
                <strong>{name(d)}</strong>{' '}
                {d.percentage === null ? t.score.notScored : `${Math.round(d.percentage)} %${mark(d)}`}
                {d.illustrativeKpis > 0 && (
                  <span className="muted"> ({t.score.illustrative(d.illustrativeKpis, d.scoredKpis)})</span>
                )}
              </li>
            ))}
          </ul>
          {score.dimensions.some((d) => d.illustrativeKpis > 0) && (
            <p className="notice notice-warn">{t.score.illustrativeNote}</p>
          )}
          {notScored('not_verified') > 0 && (
            <p className="muted">{t.score.notVerified(notScored('not_verified'))}</p>
          )}
          {notScored('not_benchmarked') > 0 && (
            <p className="muted">{t.score.unbenchmarked(notScored('not_benchmarked'))}</p>
          )}
          <figure className="chart" aria-describedby={summaryId}>
            <Suspense fallback={<p className="muted">{t.common.loading}</p>}>
              <ScoreChart
                bars={scored.map((row) => ({
                  path: row.path,
                  label: label(row),
                  percentage: Math.round(row.percentage ?? 0),
                  points: row.band?.points ?? 1,
                }))}
              />
            </Suspense>
            <figcaption id={summaryId} className="visually-hidden">
              {t.score.summary(
                scored.map((r) => `${label(r)} ${Math.round(r.percentage ?? 0)} %`).join(', '),
              )}
            </figcaption>
          </figure>
          <details className="subform">
            <summary>{t.score.table}</summary>
            <ScoreTable rows={score.categories} label={label} />
          </details>
        </>
      )}
    </Panel>
  );
}
