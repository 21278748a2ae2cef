// `npm run bench:index`: composing an index edition over 10,000 synthetic cities × 132 data points with 1,000 Monte
// Carlo draws, and the public ranking API under 100 concurrent connections (autocannon) on the embedded runtime in
// a process of its own, each printed with its ratio to the goal. The synthetic cities exist only in benchmarks.
import autocannon from 'autocannon';
import { composeResults } from '../core/index/compose.ts';
import { defaultIndexMethodology } from '../core/index/methodology.ts';
import { catalogueTree, layOut } from '../core/index/tree.ts';
import { allDataPoints } from '../core/kpis/catalogue.ts';
import { header, syntheticCities } from './index-synthetic.ts';
import { type Figure, formatFigure, meetsGoal } from './scale/figures.ts';
import { ask, forkRuntime, reply, stopRuntime } from './scale/runtime-client.ts';

const CITIES = Number(process.env.BENCH_INDEX_CITIES ?? 10_000);
/** The edition the API serves: a cohort the size the programme could reach, stored as the runtime stores it. */
const API_CITIES = Number(process.env.BENCH_INDEX_API_CITIES ?? 1_000);
const CONNECTIONS = 100;
const DURATION_S = Number(process.env.BENCH_INDEX_SECONDS ?? 10);

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

async function apiFigures(): Promise<Figure[]> {
  const child = forkRuntime();
  try {
    const { urls } = await reply(child, 'started');
    await ask(child, { type: 'seedIndexEdition', editionId: 'bench', cities: API_CITIES }, 'seededEdition');
    const url = `${urls.api}/public/index/editions/bench`;
    const first = await fetch(url);
    if (!first.ok) throw new Error(`GET ${url} answered ${first.status}`);
    const bytes = (await first.arrayBuffer()).byteLength;
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
    const failed = result.errors + result.timeouts + result.non2xx;
    return [
      {
        figure: `public ranking API p99, ${CONNECTIONS} connections, edition of ${API_CITIES} cities (${result.requests.total} requests, ${failed} failed)`,
        value: result.latency.p99,
        unit: 'ms',
        goal: { kind: 'below', limit: 100 },
      },
      { figure: 'public ranking API p50', value: result.latency.p50, unit: 'ms' },
      { figure: 'public ranking API throughput', value: result.requests.average, unit: 'requests/s' },
      { figure: 'public ranking API answer size', value: bytes / 1024, unit: 'KB' },
    ];
  } finally {
    await stopRuntime(child);
  }
}

const only = process.argv[2];
const figures = [
  ...(only === 'api' ? [] : [composeFigure()]),
  ...(only === 'compose' ? [] : await apiFigures()),
];
for (const figure of figures) console.log(formatFigure(figure));
if (figures.some((f) => !meetsGoal(f))) process.exitCode = 1;
