// Secretariat home: stage counts as a chart, filters (stage, verifier, text) and the table of pilots.
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { Pilot, Stage } from '../../api/types.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { en } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TaskList } from '../TaskList.tsx';
import { PilotTable } from './PilotTable.tsx';

const StageChart = lazy(() => import('./StageChart.tsx'));
/** Lifecycle order, as the stage names are declared in the dictionary. */
const stageOrder = Object.keys(en.stages) as Stage[];

interface Filters {
  stage: string;
  region: string;
  verifier: string;
  search: string;
}

function matches(pilot: Pilot, { stage, region, verifier, search }: Filters): boolean {
  const needle = search.trim().toLowerCase();
  return (
    (!stage || pilot.stage === stage) &&
    (!region || pilot.region === region) &&
    (!verifier || pilot.verifierId === verifier) &&
    (!needle || [pilot.cityName, pilot.country, pilot.pilotId].some((v) => v.toLowerCase().includes(needle)))
  );
}

function Board({ pilots }: { pilots: Pilot[] }) {
  const { t } = useI18n();
  const summaryId = useId();
  const [filters, setFilters] = useState<Filters>({ stage: '', region: '', verifier: '', search: '' });
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));
  const counts = useMemo(
    () =>
      stageOrder.map((stage) => ({
        stage,
        label: t.stages[stage],
        count: pilots.filter((p) => p.stage === stage).length,
      })),
    [pilots, t],
  );
  const regions = [...new Set(pilots.flatMap((p) => (p.region ? [p.region] : [])))].sort();
  const verifiers = [...new Set(pilots.flatMap((p) => (p.verifierId ? [p.verifierId] : [])))].sort();
  const shown = pilots.filter((pilot) => matches(pilot, filters));
  const all = { value: '', label: t.common.all };
  const summary = t.board.chartSummary(
    counts
      .filter((c) => c.count > 0)
      .map((c) => `${c.label} ${c.count}`)
      .join(', ') || t.common.none,
  );

  return (
    <>
      <Panel title={t.board.chartTitle}>
        <figure className="chart" aria-describedby={summaryId}>
          <Suspense fallback={<p className="muted">{t.common.loading}</p>}>
            <StageChart
              counts={counts}
              selected={(filters.stage || undefined) as Stage | undefined}
              onSelect={(stage) => set({ stage })}
            />
          </Suspense>
          <figcaption id={summaryId} className="visually-hidden">
            {summary}
          </figcaption>
        </figure>
      </Panel>
      <Panel title={t.board.filters}>
        <div className="filters">
          <SelectField
            label={t.board.stage}
            value={filters.stage}
            onChange={(e) => set({ stage: e.target.value })}
            options={[all, ...stageOrder.map((stage) => ({ value: stage, label: t.stages[stage] }))]}
          />
          <SelectField
            label={t.board.region}
            value={filters.region}
            onChange={(e) => set({ region: e.target.value })}
            options={[all, ...regions.map((r) => ({ value: r, label: r }))]}
          />
          <SelectField
            label={t.board.verifier}
            value={filters.verifier}
            onChange={(e) => set({ verifier: e.target.value })}
            options={[all, ...verifiers.map((v) => ({ value: v, label: v }))]}
          />
          <TextField
            label={t.board.search}
            type="search"
            placeholder={t.board.searchHint}
            value={filters.search}
            onChange={(e) => set({ search: e.target.value })}
          />
        </div>
        <p role="status" className="muted">
          {t.board.shown(shown.length, pilots.length)}
        </p>
        {shown.length > 0 ? <PilotTable pilots={shown} caption={t.board.title} /> : <p>{t.board.empty}</p>}
      </Panel>
    </>
  );
}

export function BoardPage() {
  const { t } = useI18n();
  const resource = useApi<{ pilots: Pilot[] }>('/pilots');
  return (
    <>
      <PageTitle text={t.board.title} />
      <TaskList hideWhenEmpty />
      <Loaded resource={resource}>{({ pilots }) => <Board pilots={pilots} />}</Loaded>
    </>
  );
}
