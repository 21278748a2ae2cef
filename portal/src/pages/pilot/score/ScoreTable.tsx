// The category scores behind the chart, as a table: points, percentage and band.
import type { AggregateScore } from '../../../api/types.ts';
import { TableHead } from '../../../components/TableHead.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

export function ScoreTable({
  rows,
  label,
}: {
  rows: AggregateScore[];
  label: (row: AggregateScore) => string;
}) {
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
              <th scope="row">{label(row)}</th>
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
