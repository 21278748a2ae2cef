// The data points that changed between two versions of the workbook, with their value and result before and after.
import type { DataPointResult, ResultChange } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

type Snapshot = Pick<DataPointResult, 'value' | 'status'>;

/** Loads the changes from version `from` to version `to` and lists them. */
export function VersionChangeTable({ pilotId, from, to }: { pilotId: string; from: number; to: number }) {
  const { t, lang } = useI18n();
  const resource = useApi<{ changes: ResultChange[] }>(
    `/pilots/${pilotId}/submissions/${to}/changes?from=${from}`,
  );
  const show = (s?: Snapshot) =>
    s ? `${s.value === null ? '–' : formatNumber(s.value, lang)} (${t.results.statuses[s.status]})` : '–';
  const table = (changes: ResultChange[]) => {
    const summary = changes.length ? t.changes.count(changes.length, from, to) : t.changes.none;
    return (
      <div className="table-wrap">
        <p role="status">{summary}</p>
        <table className="changes" hidden={changes.length === 0}>
          <caption className="visually-hidden">{t.changes.title}</caption>
          <TableHead columns={[t.results.dataPoint, t.changes.change, t.changes.before, t.changes.after]} />
          <tbody>
            {changes.map((c) => (
              <tr key={c.dataPointId} data-change={c.change}>
                <th scope="row">
                  <code>{c.dataPointId}</code>
                </th>
                <td>{t.changes.kinds[c.change]}</td>
                <td>{show(c.before)}</td>
                <td>{show(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };
  return <Loaded resource={resource}>{({ changes }) => table(changes)}</Loaded>;
}
