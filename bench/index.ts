// `npm run bench:index`: composing an index edition over 10,000 synthetic cities × 132 data points with 1,000 Monte
// Carlo draws, and the public ranking API under 100 concurrent connections on the embedded runtime, each printed
// with its ratio to the goal. The synthetic cities exist only here.
import { Agent, request } from 'node:http';
import { type Contribution, composeResults } from '../core/index/compose.ts';
import { defaultIndexMethodology } from '../core/index/methodology.ts';
import { cityProfile } from '../core/index/profile.ts';
import { catalogueTree, layOut } from '../core/index/tree.ts';
import { seededRandom } from '../core/index/uncertainty.ts';
import { allDataPoints, kpiCatalogue } from '../core/kpis/catalogue.ts';
import { startTestRuntime, tempDataDir } from '../test/support/runtime.ts';
import { type Figure, formatFigure, meetsGoal } from './scale/figures.ts';

const CITIES = Number(process.env.BENCH_INDEX_CITIES ?? 10_000);
/** The edition the API serves: a cohort the size the programme could reach, stored as the runtime stores it. */
const API_CITIES = Number(process.env.BENCH_INDEX_API_CITIES ?? 1_000);
const CONNECTIONS = 100;
const REQUESTS = 3_000;

/** A city of a given quality: each data point reported with probability 0.9, its performance around the quality. */
function syntheticCities(n: number, seed: number): Contribution[] {
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

const header = (editionId: string) => ({
  editionId,
  composedAt: '2027-04-01T00:00:00.000Z',
  composedBy: 'bench',
  targetsVersion: 1,
  catalogueVersion: kpiCatalogue.version,
});

function composeFigure(): Figure {
  const cities = syntheticCities(CITIES, 1);
  const started = performance.now();
  const edition = composeResults(layOut(catalogueTree()), defaultIndexMethodology, header('bench'), cities);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `composed ${edition.cities.length} cities, ${edition.cities.filter((c) => c.rank).length} ranked`,
  );
  return {
    figure: `compose ${CITIES} cities × ${allDataPoints().length} data points, ${defaultIndexMethodology.uncertainty.draws} draws`,
    value: seconds,
    unit: 's',
    goal: { kind: 'below', limit: 30 },
  };
}

function get(agent: Agent, url: URL): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { agent }, (response) => {
      response.on('data', () => {});
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(performance.now() - started)
          : reject(new Error(`${response.statusCode}`)),
      );
    })
      .on('error', reject)
      .end();
  });
}

async function apiFigures(): Promise<Figure[]> {
  const runtime = await startTestRuntime(tempDataDir(), Number(process.env.BENCH_INDEX_PORT ?? 4750));
  try {
    const edition = composeResults(
      layOut(catalogueTree()),
      defaultIndexMethodology,
      header('bench'),
      syntheticCities(API_CITIES, 2),
    );
    const key = 'index/editions/bench/synthetic.json';
    await runtime.deps.documents.put(key, Buffer.from(JSON.stringify(edition)), 'application/json');
    await runtime.deps.editions.saveDraft({
      editionId: 'bench',
      status: 'draft',
      key,
      composedAt: edition.composedAt,
      composedBy: 'bench',
      methodologyVersion: 1,
      targetsVersion: 1,
      cities: edition.cities.length,
      ranked: edition.cities.filter((c) => c.rank).length,
    });
    await runtime.deps.editions.publishEdition('bench', key, { at: '2027-05-01T00:00:00.000Z', by: 'bench' });
    const url = new URL(`${runtime.urls.api}/public/index/editions/bench`);
    const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const sequential: number[] = [];
    for (let i = 0; i < 20; i++) sequential.push(await get(agent, url));
    console.log(`sequential: ${sequential.map((ms) => ms.toFixed(1)).join(' ')} ms`);
    const latencies: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next++ < REQUESTS) latencies.push(await get(agent, url));
      }),
    );
    agent.destroy();
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.ceil(p * latencies.length) - 1]!;
    return [
      {
        figure: `public ranking API p99, ${CONNECTIONS} connections, edition of ${API_CITIES} cities`,
        value: at(0.99),
        unit: 'ms',
        goal: { kind: 'below', limit: 100 },
      },
      { figure: 'public ranking API p50', value: at(0.5), unit: 'ms' },
    ];
  } finally {
    await runtime.stop();
  }
}

const figures = [composeFigure(), ...(await apiFigures())];
for (const figure of figures) console.log(formatFigure(figure));
if (figures.some((f) => !meetsGoal(f))) process.exitCode = 1;
