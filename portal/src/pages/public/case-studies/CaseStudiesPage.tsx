// The public case studies, without sign-in: the published, consented ones, searched by maturity characteristic and
// KPI category (the search is kept in the address, so a result can be linked).
import { useState } from 'react';
import { catalogueTree } from '../../../../../core/index/tree.ts';
import { maturityCharacteristics } from '../../../../../core/template/maturity.ts';
import type { PublishedCaseStudySummary } from '../../../../../core/use-cases/case-studies.ts';
import { ActionForm } from '../../../components/ActionForm.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { Loaded } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { formatDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Link } from '../../../router.tsx';

const categories = catalogueTree().dimensions.flatMap((d) =>
  d.subDimensions.flatMap((s) => s.categories.map((c) => ({ ...c, sub: s }))),
);
export const characteristicName = (id: string, lang: 'en' | 'zh') => {
  const found = maturityCharacteristics.find((m) => m.id === id);
  return found ? (lang === 'zh' ? found.nameZh : found.nameEn) : id;
};
export const categoryName = (path: string, lang: 'en' | 'zh') => {
  const found = categories.find((c) => c.path === path);
  if (!found) return path;
  return lang === 'zh' ? `${found.nameZh}（${found.sub.nameZh}）` : `${found.nameEn} (${found.sub.nameEn})`;
};

export function CaseStudiesPage() {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState(() => new URLSearchParams(window.location.search));
  const characteristic = search.get('characteristic') ?? '';
  const category = search.get('category') ?? '';
  const query = new URLSearchParams({
    ...(characteristic ? { characteristic } : {}),
    ...(category ? { category } : {}),
  }).toString();
  const resource = useApi<{ caseStudies: PublishedCaseStudySummary[] }>(
    `/public/case-studies${query ? `?${query}` : ''}`,
  );
  const find = async (data: FormData) => {
    const next = new URLSearchParams();
    for (const name of ['characteristic', 'category']) {
      const value = data.get(name);
      if (typeof value === 'string' && value) next.set(name, value);
    }
    // The address keeps the search for a link; the page answers from its own state.
    window.history.replaceState(null, '', `/case-studies${next.size ? `?${next}` : ''}`);
    setSearch(next);
  };
  return (
    <>
      <PageTitle text={t.publicCaseStudies.title} />
      <p>{t.publicCaseStudies.intro}</p>
      <ActionForm submitLabel={t.publicCaseStudies.search} variant="secondary" onSubmit={find}>
        <div className="grid-2">
          <SelectField
            label={t.publicCaseStudies.characteristic}
            name="characteristic"
            defaultValue={characteristic}
            options={[
              { value: '', label: t.publicCaseStudies.any },
              ...maturityCharacteristics.map((m) => ({ value: m.id, label: characteristicName(m.id, lang) })),
            ]}
          />
          <SelectField
            label={t.publicCaseStudies.category}
            name="category"
            defaultValue={category}
            options={[
              { value: '', label: t.publicCaseStudies.any },
              ...categories.map((c) => ({ value: c.path, label: categoryName(c.path, lang) })),
            ]}
          />
        </div>
      </ActionForm>
      <Loaded resource={resource}>
        {({ caseStudies }) =>
          caseStudies.length === 0 ? (
            <p className="muted">{t.publicCaseStudies.none}</p>
          ) : (
            <>
              <p role="status">{t.publicCaseStudies.found(caseStudies.length)}</p>
              <ul className="case-study-results">
                {caseStudies.map((c) => (
                  <li key={`${c.pilotId}-${c.number}`}>
                    <h2>
                      <Link href={`/case-studies/${c.pilotId}/${c.number}`}>{c.title}</Link>
                    </h2>
                    <p>
                      {t.publicCaseStudies.by(c.cityName, c.country)} ·{' '}
                      {t.publicCaseStudies.published(formatDate(c.publishedAt, lang))}
                    </p>
                    <p>
                      {t.publicCaseStudies.illustrates}:{' '}
                      {c.characteristics.map((id) => characteristicName(id, lang)).join(', ')}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Loaded>
    </>
  );
}
