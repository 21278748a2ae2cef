// The city's maturity profile: its self-assessed level per characteristic, the gaps that hold it back and the next
// step on each, from the self-assessment form or the latest validated workbook; then its ladder and the levels
// across participating cities.
import type { Pilot, PilotMaturity } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { MaturityDistributionTable, MaturityLadder } from './MaturityLadder.tsx';
import { maturityAnswerText } from './maturityAnswerText.ts';

export function MaturityPanel({ pilot }: { pilot: Pilot }) {
  const validated = pilot.submissions.filter((s) => s.status === 'validated').at(-1)?.version;
  const entered = pilot.selfAssessment?.at;
  if (validated === undefined && !entered) return null;
  // Keyed on both sources: a new validated workbook or a saved form brings a new self-assessment.
  return <Profile key={`${validated}-${entered}`} pilotId={pilot.pilotId} />;
}

function Profile({ pilotId }: { pilotId: string }) {
  const { t, lang } = useI18n();
  const { data, error } = useApi<PilotMaturity>(`/pilots/${pilotId}/maturity`);
  return (
    <Panel title={t.maturity.title} className="maturity">
      {error?.status === 404 && <p className="muted">{t.maturity.unavailable}</p>}
      {error && error.status !== 404 && <ErrorNotice error={error} />}
      {!data && !error && <p className="muted">{t.common.loading}</p>}
      {data && (
        <>
          <p className="muted">
            {data.version === undefined
              ? t.maturity.introForm(formatDate(data.assessedAt, lang))
              : t.maturity.intro(data.version)}
          </p>
          <p>{data.spread === null ? t.maturity.noSpread : t.maturity.spread(data.spread)}</p>
          <h3>{t.maturity.gapsTitle}</h3>
          {data.gaps.length === 0 ? (
            <p>{t.maturity.noGaps}</p>
          ) : (
            <ul className="gaps">
              {data.gaps.map((gap) => (
                <li key={gap.characteristicId} data-characteristic={gap.characteristicId}>
                  <span className="badge badge-bad">✗</span> {gap.message[lang]}
                </li>
              ))}
            </ul>
          )}
          <table className="maturity-levels">
            <thead>
              <tr>
                <th scope="col">{t.maturity.characteristic}</th>
                <th scope="col">{t.maturity.answer}</th>
                <th scope="col">{t.maturity.nextStep}</th>
              </tr>
            </thead>
            <tbody>
              {data.characteristics.map((c) => (
                <tr key={c.characteristicId} data-characteristic={c.characteristicId}>
                  <th scope="row">{c.name[lang]}</th>
                  <td>{maturityAnswerText(c.answer, t, lang)}</td>
                  <td>{c.nextStep[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <MaturityLadder pilotId={pilotId} />
          <MaturityDistributionTable />
        </>
      )}
    </Panel>
  );
}
