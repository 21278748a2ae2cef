// Scale benchmark: the secretariat's board over 10,000 seeded pilots on the embedded runtime in its own process. The
// first page and a filtered page under 100 concurrent connections (autocannon), each page's size, and the largest
// page of the whole board against Lambda's 6 MB response limit, and what a page costs when it is not in the read cache.
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { type Figure, formatFigure, meetsGoal } from './figures.ts';
import { ask, forkRuntime, reply, stopRuntime } from './runtime-client.ts';

const KB = 1024;
const GOAL_P99_MS = 100;
const GOAL_PAGE_BYTES = 64 * KB;
const LAMBDA_RESPONSE_BYTES = 6 * KB * KB;
const CONNECTIONS = 100;
const DURATION_S = Number(process.env.BENCH_BOARD_SECONDS ?? 15);

async function tokenOf(portal: string, username: string): Promise<string> {
  const response = await fetch(`${portal}/local-auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  return ((await response.json()) as { token: string }).token;
}

interface Page {
  bytes: number;
  pilots: number;
  nextCursor?: string;
}

async function page(url: string, token: string): Promise<Page> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { pilots: unknown[]; nextCursor?: string };
  return { bytes: Buffer.byteLength(text), pilots: body.pilots.length, nextCursor: body.nextCursor };
}

/**
 * Every page of a board query, following its cursor, one at a time: the largest one's size, how many pages there
 * were, and how long each took. Each cursor is read once, so no page after the first comes from the read cache.
 */
async function walkPages(
  url: string,
  token: string,
): Promise<{ bytes: number; pages: number; pilots: number; uncachedMs: number[] }> {
  let largest = 0;
  let pages = 0;
  let pilots = 0;
  const uncachedMs: number[] = [];
  let cursor: string | undefined;
  do {
    const started = performance.now();
    const read = await page(cursor ? `${url}&cursor=${encodeURIComponent(cursor)}` : url, token);
    if (cursor) uncachedMs.push(performance.now() - started);
    largest = Math.max(largest, read.bytes);
    pages += 1;
    pilots += read.pilots;
    cursor = read.nextCursor;
  } while (cursor);
  return { bytes: largest, pages, pilots, uncachedMs };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

async function underLoad(label: string, url: string, token: string): Promise<Figure[]> {
  const { bytes, pilots } = await page(url, token);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}` },
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  return [
    {
      figure: `${label}: p99 at ${CONNECTIONS} connections (${result.requests.total} requests, ${failed} failed)`,
      value: result.latency.p99,
      unit: 'ms',
      goal: { kind: 'below', limit: GOAL_P99_MS },
    },
    { figure: `${label}: p50`, value: result.latency.p50, unit: 'ms' },
    { figure: `${label}: throughput`, value: result.requests.average, unit: 'requests/s' },
    {
      figure: `${label}: size of the page (${pilots} pilots)`,
      value: bytes / KB,
      unit: 'KB',
      goal: { kind: 'atMost', limit: GOAL_PAGE_BYTES / KB },
    },
    {
      figure: `${label}: failed requests`,
      value: failed,
      unit: 'requests',
      goal: { kind: 'below', limit: 1 },
    },
  ];
}

export async function boardFigures(pilots = 10_000): Promise<Figure[]> {
  const child = forkRuntime();
  try {
    const { urls } = await reply(child, 'started');
    const seeded = await ask(child, { type: 'seedBoard', pilots }, 'seeded');
    const token = await tokenOf(urls.portal, 'secretariat');
    const board = `${urls.portal}/api/pilots?limit=100`;
    const whole = await walkPages(board, token);
    return [
      { figure: `Seeding ${pilots} pilots straight into the store`, value: seeded.ms / 1000, unit: 's' },
      ...(await underLoad(`First page of the board of ${pilots} pilots`, board, token)),
      ...(await underLoad(
        'Filtered page (data collection, soonest deadline first)',
        `${urls.portal}/api/pilots?limit=100&stage=data_collection&sort=due`,
        token,
      )),
      {
        figure: `Largest of the board's ${whole.pages} pages (${whole.pilots} pilots in all), against Lambda's 6 MB response limit`,
        value: whole.bytes / KB,
        unit: 'KB',
        goal: { kind: 'below', limit: LAMBDA_RESPONSE_BYTES / KB },
      },
      {
        figure: `A page not in the read cache (pages 2-${whole.pages} read once each, one at a time): p50`,
        value: percentile(whole.uncachedMs, 50),
        unit: 'ms',
      },
      { figure: 'A page not in the read cache: max', value: Math.max(0, ...whole.uncachedMs), unit: 'ms' },
      {
        figure: 'Pilots the paged board showed',
        value: whole.pilots,
        unit: 'pilots',
        goal: { kind: 'atLeast', limit: pilots },
      },
    ];
  } finally {
    await stopRuntime(child);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await boardFigures(Number(process.env.BENCH_PILOTS ?? 10_000));
  for (const figure of figures) console.log(formatFigure(figure));
  if (!figures.every(meetsGoal)) process.exitCode = 1;
}
