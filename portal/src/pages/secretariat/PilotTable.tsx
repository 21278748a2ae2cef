// The pipeline table: one row per pilot summary with its stage, whom it waits on, due date (highlighted when close)
// and verifier; the headers of the sortable columns sort the server's list.
import type { ReactNode } from 'react';
import type { BoardSort, PilotSummary } from '../../api/types.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { StageBadge } from '../../components/StageBadge.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';

/** The direction the server sorts each order in: newest first for instants, soonest and A to Z otherwise. */
const direction: Record<BoardSort, 'ascending' | 'descending'> = {
  updated: 'descending',
  created: 'descending',
  due: 'ascending',
  city: 'ascending',
};

interface Sorting {
  sort: BoardSort;
  onSort: (sort: BoardSort) => void;
}

function Header({ label, by, sorting }: { label: string; by?: BoardSort; sorting: Sorting }) {
  const { t } = useI18n();
  if (!by) return <th scope="col">{label}</th>;
  const active = sorting.sort === by;
  return (
    <th scope="col" aria-sort={active ? direction[by] : 'none'}>
      <button
        type="button"
        className="button-link"
        aria-label={t.board.sortBy(label)}
        onClick={() => sorting.onSort(by)}
      >
        {label}
        {active ? (direction[by] === 'ascending' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}

export function PilotTable({
  pilots,
  caption,
  ...sorting
}: { pilots: PilotSummary[]; caption: string } & Sorting) {
  const { t, lang } = useI18n();
  const columns: [string, BoardSort?][] = [
    [t.board.city, 'city'],
    [t.board.country],
    [t.board.stage],
    [t.board.waitingOn],
    [t.board.due, 'due'],
    [t.board.verifier],
    [t.board.created, 'created'],
    [t.board.updated, 'updated'],
  ];
  const cell = (content: ReactNode) => <td>{content}</td>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map(([label, by]) => (
              <Header key={label} label={label} by={by} sorting={sorting} />
            ))}
          </tr>
        </thead>
        <tbody>
          {pilots.map((pilot) => (
            <tr key={pilot.pilotId}>
              <th scope="row">
                <Link href={`/pilots/${pilot.pilotId}`}>{pilot.cityName}</Link>
              </th>
              {cell(pilot.country)}
              {cell(<StageBadge stage={pilot.stage} />)}
              {cell(t.board.waiting[pilot.waitingOn])}
              {cell(<DueDate dueAt={pilot.dueAt} />)}
              {cell(pilot.verifierId ?? '–')}
              {cell(formatDate(pilot.createdAt, lang))}
              {cell(formatDate(pilot.updatedAt, lang))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
