// Secretariat: the verifiers ranked for this pilot, best first, with the reasons for each rank or exclusion.
import type { Candidate } from '../../api/types.ts';
import { TableHead } from '../../components/TableHead.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { translateReason } from './candidateReasons.ts';

export function Candidates({ candidates }: { candidates: Candidate[] }) {
  const { t } = useI18n();
  if (candidates.length === 0) return <p>{t.candidates.none}</p>;
  return (
    <div className="table-wrap">
      <table className="candidates">
        <caption>{t.candidates.title}</caption>
        <TableHead
          columns={[
            { label: t.candidates.rank, numeric: true },
            t.candidates.name,
            { label: t.candidates.score, numeric: true },
            t.candidates.reasons,
          ]}
        />
        <tbody>
          {candidates.map((c, index) => (
            <tr key={c.verifierId} data-excluded={c.excluded ? 'true' : undefined}>
              <td className="num">{c.excluded ? '–' : index + 1}</td>
              <th scope="row">
                {c.name} <span className="muted">({c.verifierId})</span>
              </th>
              <td className="num">{c.score}</td>
              <td>
                {c.exclusion && (
                  <span className="badge badge-bad">
                    {t.candidates.excluded(translateReason(c.exclusion, t))}
                  </span>
                )}{' '}
                {c.why.map((reason) => translateReason(reason, t)).join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
