// One published case study, without sign-in: the challenge, the initiative, the ICT used, the results in KPI terms,
// the lessons, the SDG targets and the maturity characteristics it illustrates.

import { findKpi } from '../../../../../core/kpis/catalogue.ts';
import type { PublishedCaseStudy } from '../../../../../core/use-cases/case-studies.ts';
import { Loaded } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { formatDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Link } from '../../../router.tsx';
import { categoryName, characteristicName } from './CaseStudiesPage.tsx';

export function CaseStudyPage({ pilotId, number }: { pilotId: string; number: number }) {
  const { t, lang } = useI18n();
  const resource = useApi<PublishedCaseStudy>(
    `/public/case-studies/${encodeURIComponent(pilotId)}/${number}`,
  );
  const p = t.publicCaseStudies;
  return (
    <Loaded resource={resource}>
      {(c) => (
        <article className="case-study">
          <PageTitle text={c.title} />
          <p>
            {p.by(c.cityName, c.country)} · {p.published(formatDate(c.publishedAt, lang))}
          </p>
          <p>
            {p.illustrates}: {c.characteristics.map((id) => characteristicName(id, lang)).join(', ')}
          </p>
          <p>
            {p.categories}: {c.categories.map((path) => categoryName(path, lang)).join(', ')}
          </p>
          <h2>{p.challenge}</h2>
          <p>{c.challenge}</p>
          <h2>{p.initiative}</h2>
          <p>{c.initiative}</p>
          <h2>{p.ict}</h2>
          <p>{c.ict}</p>
          <h2>{p.results}</h2>
          <ul>
            {c.results.map((r) => {
              const kpi = findKpi(r.kpiId);
              return (
                <li key={r.kpiId}>
                  <strong>
                    {kpi?.code ?? r.kpiId} {kpi && (lang === 'zh' ? kpi.nameZh : kpi.nameEn)}
                  </strong>
                  : {r.outcome}
                </li>
              );
            })}
          </ul>
          <h2>{p.lessons}</h2>
          <p>{c.lessons}</p>
          {c.sdgTargets.length > 0 && (
            <p>
              {p.sdgs}: {c.sdgTargets.join(', ')}
            </p>
          )}
          <p>
            <Link href="/case-studies">{p.back}</Link>
          </p>
        </article>
      )}
    </Loaded>
  );
}
