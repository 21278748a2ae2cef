// A city's KPIs across its certified cycles: points per cycle as lines for the KPIs chosen, and every KPI in a
// table with its band change and its movement relative to the KPI's desirable direction.
import { useState } from 'react';
import { Loaded } from '../../../components/Loading.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { ChartFrame } from '../../index-views/ChartFrame.tsx';
import { TrendChart } from '../../index-views/charts.ts';
import {
  MAX_COMPARED,
  movedKpis,
  movementCounts,
  type TrendTable,
  trendChartRows,
  trendTable,
} from '../../index-views/views.ts';
import type { CycleTrend, Movement } from './types.ts';

const arrows: Record<Movement, string> = { better: '▲', worse: '▼', unchanged: '=', new: '+', dropped: '−' };
const points = (v: number | null) => (v === null ? '—' : v.toFixed(2).replace(/\.?0+$/, ''));

function Trends({ table }: { table: TrendTable }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState(() => movedKpis(table, MAX_COMPARED));
  const toggle = (kpiId: string) =>
    setChosen((c) =>
      c.includes(kpiId) ? c.filter((id) => id !== kpiId) : [...c, kpiId].slice(-MAX_COMPARED),
    );
  return (
    <>
      {chosen.length > 0 ? (
        <ChartFrame label={t.indexCity.trendChart(chosen)}>
          <TrendChart rows={trendChartRows(table, chosen, t.indexCity.cycle)} kpiIds={chosen} />
        </ChartFrame>
      ) : (
        <p>{t.indexCity.chooseKpis(MAX_COMPARED)}</p>
      )}
      <table>
        <caption>{t.indexCity.trendTable}</caption>
        <thead>
          <tr>
            <th scope="col">{t.indexCity.kpi}</th>
            {table.cycles.map((c, i) => (
              <th scope="col" key={c.pilotId}>
                {t.indexCity.cycle(i + 1)}
              </th>
            ))}
            <th scope="col">{t.indexCity.band}</th>
            <th scope="col">{t.indexCity.movement}</th>
            <th scope="col">{t.indexCity.inChart}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.kpiId} data-movement={r.movement}>
              <th scope="row">{r.kpiId}</th>
              {r.points.map((p, i) => (
                <td key={table.cycles[i]!.pilotId}>{points(p)}</td>
              ))}
              <td>
                {r.bandBefore === r.bandAfter
                  ? (r.bandAfter ?? '—')
                  : `${r.bandBefore ?? '—'} → ${r.bandAfter ?? '—'}`}
              </td>
              <td className={`movement movement-${r.movement}`}>
                <span aria-hidden="true">{arrows[r.movement]}</span> {t.indexCity.movements[r.movement]}
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t.indexCity.showInChart(r.kpiId)}
                  checked={chosen.includes(r.kpiId)}
                  onChange={() => toggle(r.kpiId)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function CityTrends({ cityId }: { cityId: string }) {
  const { t } = useI18n();
  const trends = useApi<{ trends: CycleTrend[] }>(`/cities/${encodeURIComponent(cityId)}/trends`);
  return (
    <Panel title={t.indexCity.trendsTitle}>
      <p className="hint">{t.indexCity.trendsHelp}</p>
      <Loaded resource={trends}>
        {({ trends: list }) => {
          const table = trendTable(list);
          if (!table.rows.length) return <p>{t.indexCity.noTrends}</p>;
          const counts = movementCounts(table);
          return (
            <>
              <p>{t.indexCity.summary(counts.better, counts.worse, counts.unchanged)}</p>
              <Trends table={table} />
            </>
          );
        }}
      </Loaded>
    </Panel>
  );
}
