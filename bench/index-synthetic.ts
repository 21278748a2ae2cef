// The index benchmark's synthetic cities, and a published edition of them stored as the runtime stores one. They
// exist only in benchmarks.
import { type Contribution, composeResults } from '../core/index/compose.ts';
import { defaultIndexMethodology } from '../core/index/methodology.ts';
import { cityProfile } from '../core/index/profile.ts';
import { catalogueTree, layOut } from '../core/index/tree.ts';
import { seededRandom } from '../core/index/uncertainty.ts';
import { allDataPoints, kpiCatalogue } from '../core/kpis/catalogue.ts';
import type { CoreDeps } from '../core/use-cases/deps.ts';

/** A city of a given quality: each data point reported with probability 0.9, its performance around the quality. */
export function syntheticCities(n: number, seed: number): Contribution[] {
  const random = seededRandom(seed);
  const points = allDataPoints();
  return Array.from({ length: n }, (_, i) => {
    const quality = 30 + 70 * random();
    return {
      pilotId: `bench-${i}`,
      cityId: `city-${i}`,
      cityName: `Synthetic city ${i}`,
      country: 'Benchland',
      naming: i % 10 === 0 ? 'named' : 'anonymous',
      certificateNumber: `U4SSC-2027-B${i}`,
      certifiedAt: '2027-01-01T00:00:00.000Z',
      datasetVersion: 1,
      profile: cityProfile(
        { population: Math.round(10 ** (4 + 3 * random())), gdp: 10 ** (9 + 3 * random()) },
        'USD',
        defaultIndexMethodology.peerGroups,
      ),
      dataPoints: points.flatMap((p) =>
        random() < 0.9
          ? [
              {
                dataPointId: p.id,
                kpiId: p.kpiId,
                value: 1,
                percentage: Math.max(0, quality + 40 * (random() - 0.5)),
              },
            ]
          : [],
      ),
    } satisfies Contribution;
  });
}

export const header = (editionId: string) => ({
  editionId,
  composedAt: '2027-04-01T00:00:00.000Z',
  composedBy: 'bench',
  targetsVersion: 1,
  catalogueVersion: kpiCatalogue.version,
});

/** Composes an edition of `cities` synthetic cities and publishes it under `editionId`, straight into the stores. */
export async function publishSyntheticEdition(
  deps: Pick<CoreDeps, 'documents' | 'editions'>,
  editionId: string,
  cities: number,
): Promise<void> {
  const edition = composeResults(
    layOut(catalogueTree()),
    defaultIndexMethodology,
    header(editionId),
    syntheticCities(cities, 2),
  );
  const key = `index/editions/${editionId}/synthetic.json`;
  await deps.documents.put(key, Buffer.from(JSON.stringify(edition)), 'application/json');
  await deps.editions.saveDraft({
    editionId,
    status: 'draft',
    key,
    composedAt: edition.composedAt,
    composedBy: 'bench',
    methodologyVersion: 1,
    targetsVersion: 1,
    cities: edition.cities.length,
    ranked: edition.cities.filter((c) => c.rank).length,
  });
  await deps.editions.publishEdition(editionId, key, { at: '2027-05-01T00:00:00.000Z', by: 'bench' });
}
