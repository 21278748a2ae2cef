// A signed-in city's place in the index: its scores against cities like it in a published edition, and its KPIs
// across its certified cycles.
import { useState } from 'react';
import type { PublicEdition } from '../../../api/types.ts';
import { SelectField } from '../../../components/fields.tsx';
import { Loaded } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { CityTrends } from './CityTrends.tsx';
import { PeerComparison } from './PeerComparison.tsx';

export const myIndexPath = '/my-index';

type Entry = { editionId: string; publishedAt?: string };

function Peers({ cityId, editions }: { cityId: string; editions: Entry[] }) {
  const { t } = useI18n();
  const sorted = editions.toSorted((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const [editionId, setEditionId] = useState(sorted[0]?.editionId ?? '');
  const view = useApi<PublicEdition>(
    editionId ? `/public/index/editions/${encodeURIComponent(editionId)}` : undefined,
  );
  if (!sorted.length) return <p>{t.index.none}</p>;
  return (
    <>
      <SelectField
        label={t.indexCity.edition}
        value={editionId}
        onChange={(e) => setEditionId(e.target.value)}
        options={sorted.map((e) => ({ value: e.editionId, label: e.editionId }))}
      />
      <Loaded resource={view}>
        {(edition) => <PeerComparison key={editionId} cityId={cityId} edition={edition} />}
      </Loaded>
    </>
  );
}

export function CityIndexPage({ cityId }: { cityId: string }) {
  const { t } = useI18n();
  const editions = useApi<{ editions: Entry[] }>('/public/index/editions');
  return (
    <>
      <PageTitle text={t.indexCity.title} />
      <p>{t.indexCity.intro}</p>
      <Panel title={t.indexCity.peersTitle}>
        <Loaded resource={editions}>
          {({ editions: list }) => <Peers cityId={cityId} editions={list} />}
        </Loaded>
      </Panel>
      <CityTrends cityId={cityId} />
    </>
  );
}
