// A city's scores against one of its peer groups ("cities like mine", or the same population band, GDP per capita
// band or region): the dimensions as a box chart, every KPI in a table with the peers' quartiles.
import { useState } from 'react';
import type { PublicEdition } from '../../../api/types.ts';
import { SelectField } from '../../../components/fields.tsx';
import { Loaded } from '../../../components/Loading.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { ChartFrame } from '../../index-views/ChartFrame.tsx';
import { QuartileChart } from '../../index-views/charts.ts';
import { score } from '../../index-views/format.ts';
import { positionAmongPeers, quartileRow } from '../../index-views/views.ts';
import type { PeerGroup } from './types.ts';

function Group({ group, edition }: { group: PeerGroup; edition: PublicEdition }) {
  const { t, lang } = useI18n();
  const label = (path: string) => {
    const d = edition.dimensions.find((x) => x.path === path);
    return d ? (lang === 'zh' ? d.nameZh : d.nameEn) : path;
  };
  const kpis = group.kpis.filter((k) => k.score !== null || k.peers);
  return (
    <>
      <p>{t.indexCity.peerCount(group.peers)}</p>
      {group.dimensions.some((d) => d.peers) ? (
        <ChartFrame label={t.indexCity.dimensionsChart}>
          <QuartileChart
            rows={group.dimensions.map((d) => quartileRow(label(d.path), d.peers, d.score))}
            labels={{ box: t.index.box, median: t.index.median, score: t.indexCity.yourScore }}
          />
        </ChartFrame>
      ) : (
        <p>{t.indexCity.tooFewPeers(edition.minCitiesPerDistribution)}</p>
      )}
      <table>
        <caption>{t.indexCity.kpiTable}</caption>
        <thead>
          <tr>
            <th scope="col">{t.indexCity.kpi}</th>
            <th scope="col">{t.indexCity.yourScore}</th>
            <th scope="col">{t.indexCity.q1}</th>
            <th scope="col">{t.index.median}</th>
            <th scope="col">{t.indexCity.q3}</th>
            <th scope="col">{t.indexCity.position}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.kpiId}>
              <th scope="row">{k.kpiId}</th>
              <td>{score(k.score)}</td>
              <td>{score(k.peers?.q1)}</td>
              <td>{score(k.peers?.median)}</td>
              <td>{score(k.peers?.q3)}</td>
              <td>{t.indexCity.positions[positionAmongPeers(k.score, k.peers)]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function PeerComparison({ cityId, edition }: { cityId: string; edition: PublicEdition }) {
  const { t } = useI18n();
  const peers = useApi<{ groups: PeerGroup[] }>(
    `/index/editions/${encodeURIComponent(edition.editionId)}/cities/${encodeURIComponent(cityId)}/peers`,
  );
  const [kind, setKind] = useState<PeerGroup['kind']>('similar');
  return (
    <Loaded resource={peers}>
      {({ groups }) => {
        const group = groups.find((g) => g.kind === kind) ?? groups[0];
        if (!group) return <p>{t.indexCity.noGroups}</p>;
        return (
          <>
            <SelectField
              label={t.indexCity.group}
              value={group.kind}
              onChange={(e) => setKind(groups.find((g) => g.kind === e.target.value)?.kind ?? group.kind)}
              options={groups.map((g) => ({ value: g.kind, label: t.indexCity.groups[g.kind](g.value) }))}
            />
            <Group group={group} edition={edition} />
          </>
        );
      }}
    </Loaded>
  );
}
