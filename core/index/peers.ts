// Peer groups: population band, GDP per capita band and region from the city profile, and "cities like mine" by
// profile similarity; a city's KPI and dimension scores against its peers' quartiles.
import * as z from 'zod';
import type { CityResult, IndexEdition } from './edition.ts';
import type { IndexMethodology } from './methodology.ts';
import type { CityProfile } from './profile.ts';
import { distribution, distributionSchema } from './public-view.ts';
import type { TreeLayout } from './tree.ts';

export const peerGroupSchema = z.object({
  kind: z.enum(['population', 'gdpPerCapita', 'region', 'similar']),
  /** The band's index, the region's name, or the number of nearest cities. */
  value: z.union([z.number(), z.string()]),
  peers: z.number().int().nonnegative(),
  /** The city's own score beside its peers' quartiles (absent where too few peers have one to publish). */
  kpis: z.array(
    z.object({ kpiId: z.string(), score: z.number().nullable(), peers: distributionSchema.nullable() }),
  ),
  dimensions: z.array(
    z.object({ path: z.string(), score: z.number().nullable(), peers: distributionSchema.nullable() }),
  ),
});
export type PeerGroup = z.infer<typeof peerGroupSchema>;

/** Distance between profiles on the log scale of population and GDP per capita; undefined when one is unknown. */
function profileDistance(a: CityProfile, b: CityProfile): number | undefined {
  if (!a.population || !b.population || !a.gdpPerCapitaUsd || !b.gdpPerCapitaUsd) return undefined;
  return Math.hypot(
    Math.log10(a.population) - Math.log10(b.population),
    Math.log10(a.gdpPerCapitaUsd) - Math.log10(b.gdpPerCapitaUsd),
  );
}

function compared(layout: TreeLayout, city: CityResult, peers: CityResult[], minCities: number) {
  const quartiles = (
    level: 'kpi' | 'dimension',
    path: string,
    score: (c: CityResult) => number | null | undefined,
  ) => distribution(level, path, peers, score, minCities)[0] ?? null;
  return {
    peers: peers.length,
    kpis: layout.kpis.map((k) => ({
      kpiId: k.kpiId,
      score: city.kpis[k.kpiId] ?? null,
      peers: quartiles('kpi', k.kpiId, (c) => c.kpis[k.kpiId]),
    })),
    dimensions: layout.dimensions.map((d) => ({
      path: d.path,
      score: city.dimensions[d.path] ?? null,
      peers: quartiles('dimension', d.path, (c) => c.dimensions[d.path]),
    })),
  };
}

/**
 * The city's peer groups in an edition, each without the city itself: the same population band, the same GDP per
 * capita band, the same region, and the nearest cities by profile. Quartiles follow the public disclosure rule.
 */
export function peerGroups(
  layout: TreeLayout,
  edition: IndexEdition,
  cityId: string,
  methodology: IndexMethodology,
): PeerGroup[] {
  const city = edition.cities.find((c) => c.cityId === cityId);
  if (!city) return [];
  const others = edition.cities.filter((c) => c.cityId !== cityId);
  const min = methodology.disclosure.minCities;
  const groups: PeerGroup[] = [];
  const { populationBand, gdpPerCapitaBand } = city.profile;
  if (populationBand !== null) {
    const peers = others.filter((c) => c.profile.populationBand === populationBand);
    groups.push({ kind: 'population', value: populationBand, ...compared(layout, city, peers, min) });
  }
  if (gdpPerCapitaBand !== null) {
    const peers = others.filter((c) => c.profile.gdpPerCapitaBand === gdpPerCapitaBand);
    groups.push({ kind: 'gdpPerCapita', value: gdpPerCapitaBand, ...compared(layout, city, peers, min) });
  }
  if (city.region) {
    const peers = others.filter((c) => c.region === city.region);
    groups.push({ kind: 'region', value: city.region, ...compared(layout, city, peers, min) });
  }
  const near = others
    .flatMap((c) => {
      const d = profileDistance(city.profile, c.profile);
      return d === undefined ? [] : [{ c, d }];
    })
    .sort((a, b) => a.d - b.d || a.c.cityId.localeCompare(b.c.cityId))
    .slice(0, methodology.peerGroups.similarCities)
    .map((n) => n.c);
  if (near.length) groups.push({ kind: 'similar', value: near.length, ...compared(layout, city, near, min) });
  return groups;
}
