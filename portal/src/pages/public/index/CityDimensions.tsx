// One named city's dimension chart: its index and dimension scores against the quartiles of every contributing city.
import { useState } from 'react';
import type { PublicEdition } from '../../../api/types.ts';
import { SelectField } from '../../../components/fields.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { ChartFrame } from '../../index-views/ChartFrame.tsx';
import { QuartileChart } from '../../index-views/charts.ts';
import { editionQuartiles, type Labelled } from '../../index-views/views.ts';

export function CityDimensions({ view, dimensions }: { view: PublicEdition; dimensions: Labelled[] }) {
  const { t } = useI18n();
  const [cityId, setCityId] = useState(view.cities[0]?.cityId ?? '');
  const city = view.cities.find((c) => c.cityId === cityId);
  if (!city) return null;
  return (
    <section aria-labelledby="index-city">
      <h2 id="index-city">{t.index.cityChart.title}</h2>
      <SelectField
        label={t.index.city}
        value={cityId}
        onChange={(e) => setCityId(e.target.value)}
        options={view.cities.map((c) => ({ value: c.cityId, label: c.cityName }))}
      />
      <p className="hint">{t.index.cityChart.help}</p>
      <ChartFrame label={t.index.cityChart.chart(city.cityName)}>
        <QuartileChart
          rows={editionQuartiles(view, dimensions, t.index.score, city)}
          labels={{ box: t.index.box, median: t.index.median, score: city.cityName }}
        />
      </ChartFrame>
    </section>
  );
}
