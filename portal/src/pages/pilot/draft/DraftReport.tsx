// The draft verification report rendered in the browser: the sections of the PDF, with its own headings and
// wording (core/documents/verification-report-text.ts), from the content model the PDF is printed from. Each
// section can carry the review controls of the person reading it.
import type { ReactNode } from 'react';
import type { DraftReportContent } from '../../../../../core/documents/draft-report.ts';
import { bandlessLabel, reportText } from '../../../../../core/documents/verification-report-text.ts';
import type { DraftSection } from '../../../../../core/lifecycle/draft-review-schemas.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

type Text = (typeof reportText)['en'];

/** The PDF's heading of each reviewed section. */
export const sectionHeading = (section: DraftSection, t: Text): string =>
  ({
    summary: t.summary,
    results: t.resultsPerCategory,
    notReported: t.notReportedTitle,
    notVerified: t.notVerifiedTitle,
    policyRecommendations: t.policyTitle,
    improvementOpportunities: t.improvementTitle,
    nextSteps: t.nextStepsTitle,
  })[section];

/** The verifier's guidance in the reader's language, with its KPIs and case study as the PDF prints them. */
function Guidance({
  items,
  t,
  lang,
}: {
  items: DraftReportContent['nextSteps'];
  t: Text;
  lang: 'en' | 'zh';
}) {
  return (
    <List
      none={t.none}
      items={items.map(({ text, kpiIds, caseStudy }) =>
        [
          text[lang],
          ...(kpiIds.length ? [t.guidanceKpis(kpiIds.join(lang === 'zh' ? '、' : ', '))] : []),
          ...(caseStudy ? [t.guidanceCaseStudy(caseStudy.number, caseStudy.title, caseStudy.cityName)] : []),
        ].join(' · '),
      )}
    />
  );
}

function List({ items, none }: { items: string[]; none: string }) {
  return items.length ? (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  ) : (
    <p className="muted">{none}</p>
  );
}

interface Props {
  content: DraftReportContent;
  /** Review controls shown under a section's heading, for the city or the verifier. */
  controls?: (section: DraftSection) => ReactNode;
}

export function DraftReport({ content: c, controls }: Props) {
  const { lang } = useI18n();
  const t = reportText[lang];
  const n = (value: number | null) => (value === null ? '—' : formatNumber(value, lang));
  const section = (id: DraftSection, body: ReactNode) => (
    <section key={id} data-section={id} aria-labelledby={`draft-${id}`}>
      <h3 id={`draft-${id}`}>{sectionHeading(id, t)}</h3>
      {body}
      {controls?.(id)}
    </section>
  );
  return (
    <article className="draft-report" aria-label={`${t.title} · ${c.cityName}`}>
      <p className="muted">
        {t.title} · {c.cityName}, {c.country} · {t.dataset} {t.version} {c.datasetVersion} · {t.targets}{' '}
        {t.version} {c.targetsVersion}
      </p>
      {section(
        'summary',
        <>
          <ul>
            <li>{`${t.reportedPoints}: ${c.facts.reportedPoints} / ${c.facts.totalPoints}`}</li>
            <li>{`${t.notReportedKpis}: ${c.facts.notReportedKpis} / ${c.facts.totalKpis}`}</li>
            <li>{`${t.scoredKpis}: ${c.facts.scoredKpis} / ${c.facts.totalKpis}`}</li>
            <li>{`${t.verifiedKpis}: ${c.facts.verifiedKpis} / ${c.facts.reportedKpis}`}</li>
          </ul>
          <p>{c.auditSummary}</p>
          <p className="muted">
            {t.verifier}: {c.verifier} · {t.supervisor}: {c.supervisor}
          </p>
        </>,
      )}
      {section(
        'results',
        c.categories.map((category) => (
          <div key={category.path} className="table-wrap">
            <table className="results">
              <caption>
                {category.name[lang]} ·{' '}
                {category.band
                  ? t.categoryScore(`${formatNumber(category.percentage ?? 0, lang)} %`, category.band.label)
                  : t.notScored}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.dataPoint}</th>
                  <th scope="col" className="num">
                    {t.result}
                  </th>
                  <th scope="col">{t.unit}</th>
                  <th scope="col">{t.band}</th>
                  <th scope="col">{t.verified}</th>
                </tr>
              </thead>
              <tbody>
                {category.rows.map((row) => (
                  <tr key={row.dataPointId} data-id={row.dataPointId}>
                    <th scope="row">
                      <code>{row.dataPointId}</code> {row.name[lang]}
                    </th>
                    <td className="num">{n(row.value)}</td>
                    <td>{row.unit}</td>
                    <td>{row.band?.label ?? bandlessLabel(row.state, t) ?? '—'}</td>
                    <td>{row.verified ? t.yes : t.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )),
      )}
      {section(
        'notReported',
        <List items={c.notReported.map((line) => line[lang])} none={t.notReportedNone} />,
      )}
      {section(
        'notVerified',
        <List items={c.notVerified.map((line) => line[lang])} none={t.notVerifiedNone} />,
      )}
      {section('policyRecommendations', <Guidance items={c.policyRecommendations} t={t} lang={lang} />)}
      {section('improvementOpportunities', <Guidance items={c.improvementOpportunities} t={t} lang={lang} />)}
      {section('nextSteps', <Guidance items={c.nextSteps} t={t} lang={lang} />)}
    </article>
  );
}
