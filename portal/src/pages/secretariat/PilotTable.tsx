// The pipeline table: one row per pilot with its stage, due date (highlighted when close) and verifier.
import type { Pilot } from '../../api/types.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { StageBadge } from '../../components/StageBadge.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';

export function PilotTable({ pilots, caption }: { pilots: Pilot[]; caption: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <TableHead
          columns={[
            t.board.city,
            t.board.country,
            t.board.stage,
            t.board.due,
            t.board.verifier,
            t.board.updated,
          ]}
        />
        <tbody>
          {pilots.map((pilot) => (
            <tr key={pilot.pilotId}>
              <th scope="row">
                <Link href={`/pilots/${pilot.pilotId}`}>{pilot.cityName}</Link>
              </th>
              <td>{pilot.country}</td>
              <td>
                <StageBadge stage={pilot.stage} />
              </td>
              <td>
                <DueDate dueAt={pilot.dueAt} />
              </td>
              <td>{pilot.verifierId ?? '–'}</td>
              <td>{formatDate(pilot.updatedAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
