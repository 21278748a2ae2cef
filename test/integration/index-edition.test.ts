// An index edition end to end on the embedded runtime: two cities certified, one consenting to be named; the
// secretariat composes and publishes the edition; the public reads the API, the CSV tables and the data package,
// and finds nothing of the anonymous city but its place in the counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  appointVerifier,
  bringToDataCollection,
  certify,
  signInAll,
  uploadWorkbook,
  verify,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { dataPackageSchema, tableProblems } from '../support/data-package.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { step, storyTimeout } from '../support/story.ts';

let runtime: Runtime;
let aurora: Actors;
let borealis: Actors;
const pilots: Record<string, string> = {};
type Record_ = { editionId: string; status: string; composedAt: string; cities: number; ranked: number };

const publicGet = (path: string) => fetch(`${runtime.urls.api}/public/index/editions${path}`);

async function certifiedCity(actors: Actors, cityName: string, seed: number): Promise<string> {
  const { pilotId, template } = await bringToDataCollection(actors, cityName);
  await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(template, { seed }));
  await appointVerifier(actors, pilotId);
  await verify(actors, pilotId);
  await certify(actors, pilotId);
  return pilotId;
}

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  [aurora, borealis] = await Promise.all([
    signInAll(runtime.urls.portal, runtime.urls.inbox, 'aurora'),
    signInAll(runtime.urls.portal, runtime.urls.inbox, 'borealis'),
  ]);
  pilots.aurora = await certifiedCity(aurora, 'Aurora', 42);
  pilots.borealis = await certifiedCity(borealis, 'Borealis', 7);
  // Aurora consents to be named in the index; Borealis makes no choice and so stays anonymous.
  await aurora.city.call('POST', `/pilots/${pilots.aurora}/publication-consent`, {
    report: 'withhold',
    snapshot: 'withhold',
    index: 'named',
  });
}, 300_000);
afterAll(async () => {
  await runtime.stop();
});

const composed = step(async () => {
  const refused = await failure(aurora.city.call('POST', '/index/editions', { editionId: '2027' }));
  const { edition } = await aurora.secretariat.call<{ edition: Record_ }>('POST', '/index/editions', {
    editionId: '2027',
    note: 'First edition',
  });
  const beforePublication = await publicGet('/2027');
  return { refused, edition, beforePublication: beforePublication.status };
});

const publishedEdition = step(async () => {
  const { edition } = await composed();
  const stale = await failure(
    aurora.secretariat.call('POST', '/index/editions/2027/publish', {
      composedAt: '2020-01-01T00:00:00.000Z',
    }),
  );
  const published = await aurora.secretariat.call<{ edition: Record_ }>(
    'POST',
    '/index/editions/2027/publish',
    {
      composedAt: edition.composedAt,
    },
  );
  const recompose = await failure(aurora.secretariat.call('POST', '/index/editions', { editionId: '2027' }));
  const republish = await failure(
    aurora.secretariat.call('POST', '/index/editions/2027/publish', { composedAt: edition.composedAt }),
  );
  return { stale, published: published.edition, recompose, republish };
});

describe('an index edition from certified pilots with different consent', storyTimeout, () => {
  it('is composed by the secretariat only, as a draft of both certified cities the public cannot see', async () => {
    const { refused, edition, beforePublication } = await composed();

    expect(refused?.status).toBe(403);
    expect(edition).toMatchObject({ editionId: '2027', status: 'draft', cities: 2 });
    expect(beforePublication).toBe(404);
  });

  it('shows the secretariat every city of the draft with its consent, the versions it rests on', async () => {
    await composed();

    const review = await aurora.secretariat.call<{
      edition: {
        methodologyVersion: number;
        targetsVersion: number;
        cities: { cityName: string; naming: string }[];
      };
      dimensions: { path: string; nameEn: string; nameZh: string }[];
    }>('GET', '/index/editions/2027');

    expect(review.edition).toMatchObject({ methodologyVersion: 1, targetsVersion: 1 });
    expect(review.edition.cities.map((c) => [c.cityName, c.naming]).sort()).toEqual([
      ['Aurora', 'named'],
      ['Borealis', 'anonymous'],
    ]);
    expect(review.dimensions.map((d) => d.path)).toEqual(['EC', 'EN', 'SC']);
  });

  it('is published once, only as reviewed, and never changes afterwards', async () => {
    const { stale, published, recompose, republish } = await publishedEdition();

    expect(stale?.status).toBe(409);
    expect(published).toMatchObject({ status: 'published', publishedBy: 'secretariat' });
    expect(recompose?.status).toBe(409);
    expect(republish?.status).toBe(409);
  });

  it('answers the public JSON API with the named city only, the anonymous one counted but not shown', async () => {
    await publishedEdition();

    const list = (await (await publicGet('')).json()) as { editions: { editionId: string }[] };
    const response = await publicGet('/2027');
    const text = await response.text();
    const view = JSON.parse(text) as {
      contributors: number;
      cities: { cityName: string; status: string }[];
      distributions: unknown[];
      minCitiesPerDistribution: number;
    };

    expect(list.editions.map((e) => e.editionId)).toEqual(['2027']);
    expect(view.contributors).toBe(2);
    expect(view.cities.map((c) => c.cityName)).toEqual(['Aurora']);
    // Two cities are fewer than a distribution needs: none is published, so no anonymous value can be read.
    expect(view.distributions).toEqual([]);
    expect(text).not.toMatch(/Borealis|borealis/);
    expect(text).not.toContain(pilots.borealis);
  });

  it('serves a data package whose every table conforms to its schema, with a licence, and no anonymous value', async () => {
    await publishedEdition();
    const descriptorUrl = `${runtime.urls.api}/public/index/editions/2027/datapackage.json`;

    const descriptor = dataPackageSchema.parse(await (await fetch(descriptorUrl)).json());
    const tables = await Promise.all(
      descriptor.resources.map(async (resource) => {
        const response = await fetch(new URL(resource.path, descriptorUrl));
        return { resource, type: response.headers.get('content-type'), csv: await response.text() };
      }),
    );

    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(descriptor.resources.map((r) => r.name)).toEqual([
      'cities',
      'kpis',
      'data-points',
      'distributions',
    ]);
    for (const { resource, type, csv } of tables) {
      expect(type).toBe('text/csv; charset=utf-8');
      expect(tableProblems(resource, csv)).toEqual([]);
      expect(csv).not.toMatch(/Borealis|borealis/);
    }
    const cities = tables[0]!.csv.split('\r\n');
    expect(cities[1]).toMatch(/^aurora,Aurora,/);
    expect(tables[2]!.csv.split('\r\n').length).toBeGreaterThan(3);
  });

  it('shows a city its own peer groups, and refuses another city', async () => {
    await publishedEdition();

    const own = await aurora.city.call<{ groups: { kind: string; peers: number }[] }>(
      'GET',
      '/index/editions/2027/cities/aurora/peers',
    );
    const other = await failure(borealis.city.call('GET', '/index/editions/2027/cities/aurora/peers'));

    // Both sample cities have the same profile: each is the other's only peer, too few for quartiles.
    expect(own.groups.map((g) => [g.kind, g.peers])).toContainEqual(['population', 1]);
    expect(other?.status).toBe(403);
  });

  it('is composed from the cycles the secretariat picks, and a bad pick is refused with nothing changed', async () => {
    await composed();

    const refused = await failure(aurora.city.call('GET', '/index/eligible-cycles'));
    const { cycles } = await aurora.secretariat.call<{
      cycles: { pilotId: string; cityName: string; latest: boolean }[];
    }>('GET', '/index/eligible-cycles');
    const { edition } = await aurora.secretariat.call<{ edition: Record_ }>('POST', '/index/editions', {
      editionId: '2027-aurora',
      cycles: [pilots.aurora],
    });
    const unknown = await failure(
      aurora.secretariat.call('POST', '/index/editions', {
        editionId: '2027-bad',
        cycles: [pilots.aurora, 'pnotcertified'],
      }),
    );
    const repeated = await failure(
      aurora.secretariat.call('POST', '/index/editions', {
        editionId: '2027-bad',
        cycles: [pilots.aurora, pilots.aurora],
      }),
    );
    const { editions } = await aurora.secretariat.call<{ editions: Record_[] }>('GET', '/index/editions');

    expect(refused?.status).toBe(403);
    expect(cycles.map((c) => [c.cityName, c.pilotId, c.latest]).sort()).toEqual([
      ['Aurora', pilots.aurora, true],
      ['Borealis', pilots.borealis, true],
    ]);
    expect(edition).toMatchObject({ editionId: '2027-aurora', status: 'draft', cities: 1 });
    expect(unknown?.status).toBe(409);
    expect(unknown?.body.error?.message).toContain('pnotcertified');
    expect(repeated?.status).toBe(400);
    expect(editions.map((e) => e.editionId)).not.toContain('2027-bad');
  });

  it('refuses an unknown table or edition with a JSON error', async () => {
    await publishedEdition();

    const unknownTable = await publicGet('/2027/data/secrets.csv');
    const unknownEdition = await publicGet('/2030');

    expect(unknownTable.status).toBe(400);
    expect(unknownEdition.status).toBe(404);
    expect(((await unknownEdition.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
