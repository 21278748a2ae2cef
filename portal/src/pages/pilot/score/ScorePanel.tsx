// A city's category scores once the report is issued: a chart, a text summary and the table behind it.
import { lazy, Suspense, useId } from 'react';
import type { AggregateScore, Pilot } from '../../../api/types.ts';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { useScore } from './useScore.ts';

const ScoreChart = lazy(() => import('./ScoreChart.tsx'));

function ScoreTable({ rows }: { rows: AggregateScore[] }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="scores">
        <caption className="visually-hidden">{t.score.title}</caption>
        <TableHead
          columns={[
            t.score.category,
            { label: t.score.points, numeric: true },
            { label: t.score.percent, numeric: true },
            t.score.band,
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.path}>
              <th scope="row">{lang === 'zh' ? row.nameZh : row.nameEn}</th>
              <td className="num">
                {formatNumber(row.points, lang)} / {formatNumber(row.maxPoints, lang)}
              </td>
              <td className="num">
                {row.percentage === null ? t.score.notScored : `${formatNumber(row.percentage, lang)} %`}
              </td>
              <td>{row.band?.label ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ScorePanel({ pilot }: { pilot: Pilot }) {
  const { t, lang } = useI18n();
  const summaryId = useId();
  const { score, error } = useScore(pilot);
  if (!pilot.documents.some((doc) => doc.kind === 'score')) return null;
  const name = (row: AggregateScore) => (lang === 'zh' ? row.nameZh : row.nameEn);
  const scored = score?.categories.filter((row) => row.percentage !== null) ?? [];
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
                {d.percentage === null ? t.score.notScored : `${formatNumber(d.percentage, lang)} %`}
              </li>
            ))}
          </ul>
          <figure className="chart" aria-describedby={summaryId}>
            <Suspense fallback={<p className="muted">{t.common.loading}</p>}>
              <ScoreChart
                bars={scored.map((row) => ({
                  path: row.path,
                  label: name(row),
                  percentage: Math.round(row.percentage ?? 0),
                  points: row.band?.points ?? 1,
                }))}
              />
            </Suspense>
            <figcaption id={summaryId} className="visually-hidden">
              {t.score.summary(scored.map((r) => `${name(r)} ${Math.round(r.percentage ?? 0)} %`).join(', '))}
            </figcaption>
          </figure>
          <details className="subform">
            <summary>{t.score.table}</summary>
            <ScoreTable rows={score.categories} />
          </details>
        </>
      )}
    </Panel>
  );
}
