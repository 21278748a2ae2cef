// A published index edition of seven synthetic cities written straight into the runtime's stores, for the browser
// tests of the index pages: the pages are under test, not composing.
import { type Contribution, composeResults } from '../../../core/index/compose.ts';
import { defaultIndexMethodology } from '../../../core/index/methodology.ts';
import type { CityProfile } from '../../../core/index/profile.ts';
import { catalogueTree, layOut } from '../../../core/index/tree.ts';
import { seededRandom } from '../../../core/index/uncertainty.ts';
import { allDataPoints, kpiCatalogue } from '../../../core/kpis/catalogue.ts';
import type { Runtime } from '../../../local/runtime.ts';

export const seededCities = ['Aurora', 'Borealis', 'Cirrus', 'Dorado', 'Eridanus', 'Fornax', 'Gemini'];
const unknownProfile = {
  population: null,
  gdpPerCapitaUsd: null,
  populationBand: null,
  gdpPerCapitaBand: null,
};
/** One population band and GDP band for all, so that every city has six peers. */
export const sharedProfile: CityProfile = {
  population: 800_000,
  gdpPerCapitaUsd: 40_000,
  populationBand: 2,
  gdpPerCapitaBand: 2,
};

/** Publishes the edition with Aurora and Borealis named, the five others anonymous. */
export async function publishSeededEdition(
  runtime: Runtime,
  { editionId, profile = unknownProfile }: { editionId: string; profile?: CityProfile },
): Promise<void> {
  const random = seededRandom(3);
  const named = new Set(['Aurora', 'Borealis']);
  const cities: Contribution[] = seededCities.map((name, i) => ({
    pilotId: `p-${name.toLowerCase()}`,
    cityId: name.toLowerCase(),
    cityName: name,
    country: 'Exampleland',
    naming: named.has(name) ? 'named' : 'anonymous',
    certificateNumber: `U4SSC-${editionId}-${i}`,
    certifiedAt: '2027-01-01T00:00:00.000Z',
    datasetVersion: 1,
    profile,
    dataPoints: allDataPoints().map((p) => ({
      dataPointId: p.id,
      kpiId: p.kpiId,
      value: 1,
      percentage: 40 + 60 * random(),
    })),
  }));
  const edition = composeResults(
    layOut(catalogueTree()),
    defaultIndexMethodology,
    {
      editionId,
      composedAt: '2027-04-01T00:00:00.000Z',
      composedBy: 'secretariat',
      targetsVersion: 1,
      catalogueVersion: kpiCatalogue.version,
    },
    cities,
  );
  const key = `index/editions/${editionId}/e2e.json`;
  await runtime.deps.documents.put(key, Buffer.from(JSON.stringify(edition)), 'application/json');
  await runtime.deps.editions.saveDraft({
    editionId,
    status: 'draft',
    key,
    composedAt: edition.composedAt,
    composedBy: 'secretariat',
    methodologyVersion: 1,
    targetsVersion: 1,
    cities: cities.length,
    ranked: cities.length,
  });
  await runtime.deps.editions.publishEdition(editionId, key, {
    at: '2027-05-01T00:00:00.000Z',
    by: 'secretariat',
  });
}
