// Compares two to four named cities: their index and dimension scores side by side, as a chart and as a table.
import { useState } from 'react';
import type { PublicEdition } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { ChartFrame } from '../../index-views/ChartFrame.tsx';
import { IndexChart } from '../../index-views/charts.ts';
import { score } from '../../index-views/format.ts';
import {
  comparisonRows,
  type Labelled,
  MAX_COMPARED,
  MIN_COMPARED,
  toggleCompared,
} from '../../index-views/views.ts';

interface Props {
  cities: PublicEdition['cities'];
  dimensions: Labelled[];
}

export function CityComparison({ cities, dimensions }: Props) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string[]>([]);
  const compared = chosen.flatMap((id) => cities.filter((c) => c.cityId === id));
  const rows = comparisonRows(cities, chosen, dimensions);
  const full = chosen.length >= MAX_COMPARED;
  return (
    <section aria-labelledby="index-compare">
      <h2 id="index-compare">{t.index.compare.title}</h2>
      <fieldset className="radio-group">
        <legend>{t.index.compare.pick(MIN_COMPARED, MAX_COMPARED)}</legend>
        {cities.map((c) => (
          <label key={c.cityId} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(c.cityId)}
              disabled={full && !chosen.includes(c.cityId)}
              onChange={() => setChosen(toggleCompared(chosen, c.cityId))}
            />{' '}
            {c.cityName}
          </label>
        ))}
      </fieldset>
      <p className="hint" aria-live="polite">
        {chosen.length < MIN_COMPARED
          ? t.index.compare.tooFew(MIN_COMPARED)
          : t.index.compare.chosen(chosen.length)}
      </p>
      {chosen.length >= MIN_COMPARED && (
        <>
          <ChartFrame label={t.index.compare.chart(compared.map((c) => c.cityName))}>
            <IndexChart rows={rows} series={compared.map((c) => ({ key: c.cityId, label: c.cityName }))} />
          </ChartFrame>
          <table>
            <caption>{t.index.compare.table}</caption>
            <thead>
              <tr>
                <th scope="col">{t.index.node}</th>
                {compared.map((c) => (
                  <th scope="col" key={c.cityId}>
                    {c.cityName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t.index.score}</th>
                {compared.map((c) => (
                  <td key={c.cityId}>{score(c.index)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t.index.rank}</th>
                {compared.map((c) => (
                  <td key={c.cityId}>{c.rank ?? t.index.notRanked}</td>
                ))}
              </tr>
              {rows.map((row) => (
                <tr key={String(row.label)}>
                  <th scope="row">{row.label}</th>
                  {compared.map((c) => (
                    <td key={c.cityId}>{score(row[c.cityId] as number | null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
