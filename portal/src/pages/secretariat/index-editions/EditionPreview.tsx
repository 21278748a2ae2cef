// The composed edition as the secretariat reviews it before publication: the cycles it rests on with each city's
// consent, the ranking, the cities listed under the coverage bar, and every city's coverage per dimension.
import { Loaded } from '../../../components/Loading.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { formatDate, formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Link } from '../../../router.tsx';
import { score } from '../../index-views/format.ts';
import { PublishEdition } from './PublishEdition.tsx';
import type { EditionReview } from './types.ts';

const percent = (share: number) => `${Math.round(share * 100)} %`;

function Review({ review, onPublished }: { review: EditionReview; onPublished: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const { record, edition } = review;
  const dimensions = review.dimensions.map((d) => ({
    path: d.path,
    label: lang === 'zh' ? d.nameZh : d.nameEn,
  }));
  const ranked = edition.cities.filter((c) => c.status === 'ranked');
  const listed = edition.cities.filter((c) => c.status === 'listed');
  const named = edition.cities.filter((c) => c.naming === 'named').length;
  return (
    <>
      <Panel title={t.indexComposer.previewTitle(record.editionId)}>
        <p role="status" data-status={record.status}>
          {record.status === 'published'
            ? t.indexComposer.publishedAt(
                formatDateTime(record.publishedAt ?? '', lang),
                record.publishedBy ?? '—',
              )
            : t.indexComposer.draftAt(formatDateTime(record.composedAt, lang), record.composedBy)}
        </p>
        <p>
          {t.indexComposer.versions(
            edition.methodologyVersion,
            edition.targetsVersion,
            edition.catalogueVersion,
          )}
        </p>
        <p>{t.indexComposer.counts(edition.cities.length, ranked.length, listed.length, named)}</p>
        {edition.note && <p>{t.indexComposer.noteValue(edition.note)}</p>}
        {record.status === 'published' && (
          <p>
            <Link href={`/index/${record.editionId}`}>{t.indexComposer.publicPage}</Link>
          </p>
        )}
      </Panel>
      <Panel title={t.indexComposer.cycles}>
        <p className="hint">{t.indexComposer.cyclesHelp}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.index.city}</th>
              <th scope="col">{t.index.country}</th>
              <th scope="col">{t.indexComposer.certificate}</th>
              <th scope="col">{t.indexComposer.certifiedAt}</th>
              <th scope="col">{t.indexComposer.datasetVersion}</th>
              <th scope="col">{t.indexComposer.naming}</th>
            </tr>
          </thead>
          <tbody>
            {edition.cities.map((c) => (
              <tr key={c.pilotId}>
                <th scope="row">
                  <Link href={`/pilots/${c.pilotId}`}>{c.cityName}</Link>
                </th>
                <td>{c.country}</td>
                <td>{c.certificateNumber}</td>
                <td>{formatDate(c.certifiedAt, lang)}</td>
                <td>{c.datasetVersion}</td>
                <td>{t.indexComposer.namings[c.naming]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel title={t.index.ranking}>
        {ranked.length === 0 ? (
          <p>{t.indexComposer.noneRanked}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.index.rank}</th>
                <th scope="col">{t.index.city}</th>
                <th scope="col">{t.index.score}</th>
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
                <tr key={c.pilotId}>
                  <td>{c.rank}</td>
                  <th scope="row">{c.cityName}</th>
                  <td>{score(c.index)}</td>
                  <td>
                    {c.uncertainty ? t.index.intervalValue(c.uncertainty.low, c.uncertainty.high) : '—'}
                  </td>
                  {dimensions.map((d) => (
                    <td key={d.path}>{score(c.dimensions[d.path])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      <Panel title={t.indexComposer.coverage}>
        <p className="hint">{t.indexComposer.coverageHelp}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.index.city}</th>
              <th scope="col">{t.indexComposer.status}</th>
              {dimensions.map((d) => (
                <th scope="col" key={d.path}>
                  {d.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {edition.cities.map((c) => (
              <tr key={c.pilotId}>
                <th scope="row">{c.cityName}</th>
                <td>{t.indexComposer.cityStatuses[c.status]}</td>
                {dimensions.map((d) => {
                  const v = c.coverage.find((x) => x.path === d.path);
                  return (
                    <td key={d.path}>
                      {v
                        ? t.indexComposer.coverageValue(v.scoredKpis, v.kpis, percent(v.share), v.meets)
                        : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      {record.status === 'draft' && <PublishEdition record={record} onPublished={onPublished} />}
    </>
  );
}

export function EditionPreview({
  editionId,
  onPublished,
}: {
  editionId: string;
  onPublished: () => Promise<void>;
}) {
  const review = useApi<EditionReview>(`/index/editions/${encodeURIComponent(editionId)}`);
  const published = async () => {
    await Promise.all([review.reload(), onPublished()]);
  };
  return <Loaded resource={review}>{(data) => <Review review={data} onPublished={published} />}</Loaded>;
}
