// Secretariat home: stage counts and the funnel as charts, overdue and due-soon counters, filters the server applies
// (stage, region, verifier, waiting on, overdue), a search within the loaded pilots, the export of every matching
// pilot, and the table of pilots, sorted by its headers and loaded a page at a time.
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { BoardCounts, BoardSort, PilotSummary, Stage, Verifier, WaitingOn } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { en } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TaskList } from '../TaskList.tsx';
import { DeadlineCounters, StageFunnel } from './BoardCounters.tsx';
import { BoardExport } from './BoardExport.tsx';
import { PilotTable } from './PilotTable.tsx';
import { useBoardPages } from './useBoardPages.ts';

const StageChart = lazy(() => import('./StageChart.tsx'));
/** Lifecycle order, as the stage names are declared in the dictionary. */
const stageOrder = Object.keys(en.stages) as Stage[];
const waitingOrder = Object.keys(en.board.waiting) as WaitingOn[];

interface ServerFilters {
  stage: string;
  region: string;
  verifierId: string;
  waitingOn: string;
  overdue: boolean;
}

/** The list's query string; the deadline filter is fixed when it is switched on, so paging keeps one query. */
function queryOf(filters: ServerFilters, sort: BoardSort, now: string): string {
  const params = new URLSearchParams({ sort });
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.region) params.set('region', filters.region);
  if (filters.verifierId) params.set('verifierId', filters.verifierId);
  if (filters.waitingOn) params.set('waitingOn', filters.waitingOn);
  if (filters.overdue) params.set('dueBefore', now);
  return params.toString();
}

/** The text search narrows the pilots already loaded: the server pages by the filters above. */
function matches(pilot: PilotSummary, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return (
    !needle || [pilot.cityName, pilot.country, pilot.pilotId].some((v) => v.toLowerCase().includes(needle))
  );
}

function StageCounts({
  counts,
  selected,
  onSelect,
}: {
  counts?: BoardCounts;
  selected: string;
  onSelect: (stage: Stage) => void;
}) {
  const { t } = useI18n();
  const summaryId = useId();
  const bars = useMemo(
    () => stageOrder.map((stage) => ({ stage, label: t.stages[stage], count: counts?.stages[stage] ?? 0 })),
    [counts, t],
  );
  const summary = t.board.chartSummary(
    bars
      .filter((c) => c.count > 0)
      .map((c) => `${c.label} ${c.count}`)
      .join(', ') || t.common.none,
  );
  return (
    <Panel title={t.board.chartTitle}>
      <figure className="chart" aria-describedby={summaryId}>
        <Suspense fallback={<p className="muted">{t.common.loading}</p>}>
          <StageChart
            counts={bars}
            selected={(selected || undefined) as Stage | undefined}
            onSelect={onSelect}
          />
        </Suspense>
        <figcaption id={summaryId} className="visually-hidden">
          {summary}
        </figcaption>
      </figure>
      <DeadlineCounters counts={counts} />
    </Panel>
  );
}

function Board() {
  const { t } = useI18n();
  const counts = useApi<BoardCounts>('/pilots/counts');
  const verifiers = useApi<{ verifiers: Verifier[] }>('/verifiers');
  const [filters, setFilters] = useState<ServerFilters>({
    stage: '',
    region: '',
    verifierId: '',
    waitingOn: '',
    overdue: false,
  });
  const [sort, setSort] = useState<BoardSort>('updated');
  const [now, setNow] = useState(() => new Date().toISOString());
  /** Regions seen in any list loaded so far, so narrowing to one keeps the others to choose from. */
  const [seenRegions, setSeenRegions] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const set = (patch: Partial<ServerFilters>) => {
    if (patch.overdue) setNow(new Date().toISOString());
    setFilters((current) => ({ ...current, ...patch }));
  };
  const query = queryOf(filters, sort, now);
  const pages = useBoardPages(query);
  const loaded = pages.pilots ?? [];
  const regions = [
    ...new Set([...seenRegions, ...loaded.flatMap((p) => (p.region ? [p.region] : []))]),
  ].sort();
  if (regions.length !== seenRegions.length) setSeenRegions(regions);
  const shown = loaded.filter((pilot) => matches(pilot, search));
  const all = { value: '', label: t.common.all };

  return (
    <>
      <StageCounts counts={counts.data} selected={filters.stage} onSelect={(stage) => set({ stage })} />
      <StageFunnel counts={counts.data} />
      <Panel title={t.board.filters}>
        <div className="filters">
          <SelectField
            label={t.board.stage}
            value={filters.stage}
            onChange={(e) => set({ stage: e.target.value })}
            options={[all, ...stageOrder.map((stage) => ({ value: stage, label: t.stages[stage] }))]}
          />
          <SelectField
            label={t.board.verifier}
            value={filters.verifierId}
            onChange={(e) => set({ verifierId: e.target.value })}
            options={[
              all,
              ...(verifiers.data?.verifiers ?? []).map((v) => ({ value: v.verifierId, label: v.name })),
            ]}
          />
          <SelectField
            label={t.board.waitingOn}
            value={filters.waitingOn}
            onChange={(e) => set({ waitingOn: e.target.value })}
            options={[all, ...waitingOrder.map((w) => ({ value: w, label: t.board.waiting[w] }))]}
          />
          <CheckboxField
            label={t.board.overdueOnly}
            checked={filters.overdue}
            onChange={(e) => set({ overdue: e.target.checked })}
          />
          <SelectField
            label={t.board.region}
            value={filters.region}
            onChange={(e) => set({ region: e.target.value })}
            options={[all, ...regions.map((r) => ({ value: r, label: r }))]}
          />
          <TextField
            label={t.board.search}
            type="search"
            placeholder={t.board.searchHint}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <BoardExport query={query} />
        {pages.error && <ErrorNotice error={pages.error} />}
        <p role="status" className="muted">
          {pages.pilots ? t.board.shown(shown.length, loaded.length) : t.common.loading}
        </p>
        {shown.length > 0 ? (
          <PilotTable pilots={shown} caption={t.board.title} sort={sort} onSort={setSort} />
        ) : (
          pages.pilots && <p>{t.board.empty}</p>
        )}
        {pages.loadMore ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={pages.loading}
            onClick={pages.loadMore}
          >
            {pages.loading ? t.common.loading : t.board.loadMore}
          </button>
        ) : (
          pages.pilots && <p className="muted">{t.board.allLoaded}</p>
        )}
      </Panel>
    </>
  );
}

export function BoardPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle text={t.board.title} />
      <TaskList hideWhenEmpty />
      <Board />
    </>
  );
}
