// On the maturity panel: the city's ladder (consenting cities one level ahead on each characteristic it can raise,
// with their published case studies) and the levels across participating cities by region, withheld where few.
import type { MaturityLadder as Ladder, MaturityDistribution } from '../../../../core/maturity/ladder.ts';
import { distributionAnswers } from '../../../../core/maturity/ladder.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';
import { ChartFrame } from '../index-views/ChartFrame.tsx';
import { DistributionChart } from '../index-views/charts.ts';
import { characteristicName } from '../public/case-studies/CaseStudiesPage.tsx';

export function MaturityLadder({ pilotId }: { pilotId: string }) {
  const { t, lang } = useI18n();
  const { data, error } = useApi<Ladder>(`/pilots/${pilotId}/maturity/ladder`);
  if (error) return <ErrorNotice error={error} />;
  if (!data) return null;
  return (
    <section className="maturity-ladder" aria-labelledby="ladder-title">
      <h3 id="ladder-title">{t.ladder.title}</h3>
      <p>{t.ladder.body}</p>
      {data.steps.length === 0 ? (
        <p className="muted">{t.ladder.noSteps}</p>
      ) : (
        <ul>
          {data.steps.map((step) => (
            <li key={step.characteristicId} data-characteristic={step.characteristicId}>
              <strong>{step.name[lang]}</strong>{' '}
              {step.behind > 0 && <span>({t.ladder.behind(step.behind)})</span>}
              {step.peers.length === 0 ? (
                <p className="muted">{t.ladder.none}</p>
              ) : (
                <ul>
                  {step.peers.map((peer) => (
                    <li key={peer.cityName}>
                      {t.ladder.peer(peer.cityName, peer.country, peer.level)}
                      {peer.caseStudies.map((c) => (
                        <span key={`${c.pilotId}-${c.number}`}>
                          {' · '}
                          <Link href={`/case-studies/${c.pilotId}/${c.number}`}>{c.title}</Link>
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function MaturityDistributionTable() {
  const { t, lang } = useI18n();
  const { data, error } = useApi<MaturityDistribution>('/maturity/distribution');
  if (error) return <ErrorNotice error={error} />;
  if (!data) return null;
  const groups = [
    ...data.regions.map((r) => ({ ...r, name: r.region })),
    { ...data.total, name: t.distribution.total },
  ];
  return (
    <section className="maturity-distribution" aria-labelledby="distribution-title">
      <h3 id="distribution-title">{t.distribution.title}</h3>
      <p>{t.distribution.body(data.minCities)}</p>
      {groups.map((group) => (
        <div key={group.name} data-region={group.name}>
          <h4>
            {group.name}:{' '}
            {group.withheld ? t.distribution.withheld(group.cities) : t.distribution.cities(group.cities)}
          </h4>
          {group.characteristics && (
            <ChartFrame label={`${t.distribution.title}: ${group.name}`}>
              <DistributionChart
                rows={group.characteristics.map((c) => ({
                  label: characteristicName(c.characteristicId, lang),
                  ...c.counts,
                }))}
                series={distributionAnswers.map((a) => ({ key: a, label: t.distribution.answers[a] ?? a }))}
              />
            </ChartFrame>
          )}
          {group.characteristics && (
            <div>
              <table className="distribution">
                <caption className="visually-hidden">{`${t.distribution.title}: ${group.name}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.maturity.characteristic}</th>
                    {distributionAnswers.map((a) => (
                      <th scope="col" key={a}>
                        {t.distribution.answers[a]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {group.characteristics.map((c) => (
                    <tr key={c.characteristicId}>
                      <th scope="row">{characteristicName(c.characteristicId, lang)}</th>
                      {distributionAnswers.map((a) => (
                        <td key={a}>{c.counts[a]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
