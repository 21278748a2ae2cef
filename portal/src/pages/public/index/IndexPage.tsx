// The public Smart Sustainable Cities Index, without sign-in: the named cities' ranks with their rank intervals, a
// chart of their dimension scores, one city's dimensions against everyone's quartiles, a comparison of two to four
// cities, the distributions over every contributing city, and the open data.
import type { PublicEdition } from '../../../api/types.ts';
import { Loaded } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { formatDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Link } from '../../../router.tsx';
import { ChartFrame } from '../../index-views/ChartFrame.tsx';
import { IndexChart, QuartileChart } from '../../index-views/charts.ts';
import { score } from '../../index-views/format.ts';
import { editionQuartiles } from '../../index-views/views.ts';
import { CityComparison } from './CityComparison.tsx';
import { CityDimensions } from './CityDimensions.tsx';

const tables = ['cities.csv', 'kpis.csv', 'data-points.csv', 'distributions.csv'];

function Edition({ view }: { view: PublicEdition }) {
  const { t, lang } = useI18n();
  const dimensions = view.dimensions.map((d) => ({
    path: d.path,
    label: lang === 'zh' ? d.nameZh : d.nameEn,
  }));
  const ranked = view.cities.filter((c) => c.status === 'ranked');
  const listed = view.cities.filter((c) => c.status === 'listed');
  const base = `/api/public/index/editions/${encodeURIComponent(view.editionId)}`;
  return (
    <>
      <p>{t.index.meta(view.methodologyVersion, view.targetsVersion, formatDate(view.publishedAt, lang))}</p>
      <p>{t.index.counts(view.contributors, view.ranked, view.cities.length)}</p>
      <section aria-labelledby="index-ranking">
        <h2 id="index-ranking">{t.index.ranking}</h2>
        <p className="hint">{t.index.intervalHelp}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.index.rank}</th>
              <th scope="col">{t.index.city}</th>
              <th scope="col">{t.index.country}</th>
              <th scope="col">{t.index.score}</th>
              <th scope="col">{t.index.medianRank}</th>
              <th scope="col">{t.index.interval}</th>
              {dimensions.map((d) => (
                <th scope="col" key={d.path}>
                  {d.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranked.map((c) => (
              <tr key={c.cityId}>
                <td>{c.rank}</td>
                <th scope="row">{c.cityName}</th>
                <td>{c.country}</td>
                <td>{score(c.index)}</td>
                <td>{c.uncertainty?.medianRank}</td>
                <td>{c.uncertainty ? t.index.intervalValue(c.uncertainty.low, c.uncertainty.high) : '—'}</td>
                {dimensions.map((d) => (
                  <td key={d.path}>{score(c.dimensions[d.path])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {listed.length > 0 && (
        <section aria-labelledby="index-listed">
          <h2 id="index-listed">{t.index.listed}</h2>
          <p className="hint">{t.index.listedHelp(`${Math.round(view.coverageThreshold * 100)} %`)}</p>
          <ul>
            {listed.map((c) => (
              <li key={c.cityId}>
                {c.cityName}, {c.country}: {t.index.coverage}{' '}
                {c.coverage.map((v) => `${v.path} ${Math.round(v.share * 100)} %`).join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {ranked.length > 0 && (
        <section aria-labelledby="index-chart">
          <h2 id="index-chart">{t.index.chart}</h2>
          <p className="hint">{t.index.chartHelp}</p>
          <ChartFrame label={t.index.chart}>
            <IndexChart
              series={dimensions.map((d) => ({ key: d.path, label: d.label }))}
              rows={ranked.map((c) => ({ label: c.cityName, ...c.dimensions }))}
            />
          </ChartFrame>
        </section>
      )}
      {view.cities.length > 0 && <CityDimensions view={view} dimensions={dimensions} />}
      {view.cities.length >= 2 && <CityComparison cities={view.cities} dimensions={dimensions} />}
      <section aria-labelledby="index-distributions">
        <h2 id="index-distributions">{t.index.distributions}</h2>
        {view.distributions.some((d) => d.level === 'dimension' || d.level === 'index') ? (
          <>
            <ChartFrame label={t.index.distributionChart}>
              <QuartileChart
                rows={editionQuartiles(view, dimensions, t.index.score).filter((r) => r.median !== null)}
                labels={{ box: t.index.box, median: t.index.median }}
              />
            </ChartFrame>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.index.node}</th>
                  <th scope="col">{t.index.quartiles}</th>
                </tr>
              </thead>
              <tbody>
                {view.distributions
                  .filter((d) => d.level === 'dimension' || d.level === 'index')
                  .map((d) => (
                    <tr key={d.path}>
                      <th scope="row">{dimensions.find((x) => x.path === d.path)?.label ?? t.index.score}</th>
                      <td>
                        {score(d.q1)} · {score(d.median)} · {score(d.q3)} ({d.cities})
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>{t.index.distributionsNone(view.minCitiesPerDistribution)}</p>
        )}
      </section>
      <section aria-labelledby="index-open-data">
        <h2 id="index-open-data">{t.index.openData}</h2>
        <p>{t.index.openDataHelp}</p>
        <ul>
          <li>
            <a href={`${base}/datapackage.json`}>{t.index.dataPackage}</a>
          </li>
          {tables.map((table) => (
            <li key={table}>
              <a href={`${base}/data/${table}`} download>
                {t.index.tables[table]}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function IndexPage({ editionId }: { editionId?: string }) {
  const { t } = useI18n();
  const list = useApi<{ editions: { editionId: string; publishedAt?: string }[] }>('/public/index/editions');
  const latest = list.data?.editions
    .toSorted((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''))
    .at(-1);
  const chosen = editionId ?? latest?.editionId;
  const edition = useApi<PublicEdition>(
    chosen ? `/public/index/editions/${encodeURIComponent(chosen)}` : undefined,
  );
  return (
    <>
      <PageTitle text={chosen ? t.index.editionTitle(chosen) : t.index.title} />
      <p>{t.index.intro}</p>
      <Loaded resource={list}>
        {({ editions }) =>
          editions.length === 0 ? (
            <p>{t.index.none}</p>
          ) : (
            <nav aria-label={t.index.editions}>
              <ul>
                {editions.map((e) => (
                  <li key={e.editionId}>
                    <Link
                      href={`/index/${e.editionId}`}
                      aria-current={e.editionId === chosen ? 'page' : undefined}
                    >
                      {e.editionId}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )
        }
      </Loaded>
      {chosen && <Loaded resource={edition}>{(view) => <Edition view={view} />}</Loaded>}
    </>
  );
}
