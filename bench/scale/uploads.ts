// Scale benchmark: 8 parallel 8 MB workbooks posted through presigned POSTs as a browser would, against the embedded
// runtime in its own process: its peak RSS, the time to the last feedback, and health-check latency meanwhile.
import { fileURLToPath } from 'node:url';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import { padWorkbook } from '../../scripts/lib/large-workbook.ts';
import { bringToDataCollection, signInAll, uploadWorkbook } from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { type Figure, formatFigure, meetsGoal, quantile } from './figures.ts';
import { ask, forkRuntime, reply, stopRuntime } from './runtime-client.ts';

const MB = 1024 * 1024;
const GOAL_PEAK_RSS_MB = 1024;
/** Between health checks; one is in flight at a time, as a load balancer's probe would be. */
const HEALTH_PAUSE_MS = 50;
/** The wait for the last feedback; before bounding, it came after 31 s. */
const FEEDBACK_TIMEOUT_MS = 300_000;

export interface ParallelUploadsOptions {
  uploads?: number;
  fileBytes?: number;
  /** The runtime's validation slots; its own default when absent. */
  slots?: number;
}

/** Polls the health check until `done` settles, and gives every latency in ms. */
async function healthLatencies(apiUrl: string, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  const latencies: number[] = [];
  while (!finished) {
    const started = performance.now();
    const response = await fetch(`${apiUrl}/health`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`the health check answered ${response.status}`);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, HEALTH_PAUSE_MS));
  }
  return latencies.sort((a, b) => a - b);
}

/** Runs the benchmark once and returns its figures; the runtime process is stopped whatever happens. */
export async function parallelUploadsFigures(options: ParallelUploadsOptions = {}): Promise<Figure[]> {
  const uploads = options.uploads ?? 8;
  const fileBytes = options.fileBytes ?? 8 * MB;
  const child = forkRuntime(options.slots ? { U4SSC_VALIDATION_SLOTS: String(options.slots) } : {});
  try {
    const { urls } = await reply(child, 'started');
    const actors = await signInAll(urls.portal, urls.inbox);
    const pilots: { pilotId: string; workbook: Buffer }[] = [];
    for (let i = 0; i < uploads; i++) {
      const { pilotId, template } = await bringToDataCollection(actors, `City${i}`);
      pilots.push({ pilotId, workbook: await padWorkbook(await fillSampleWorkbook(template), fileBytes) });
    }
    const sizeMb = pilots.reduce((sum, p) => sum + p.workbook.length, 0) / uploads / MB;
    const { rss: baseline } = await ask(child, { type: 'resetPeak' }, 'peakReset');

    const started = performance.now();
    const validating = Promise.all(
      pilots.map(async ({ pilotId, workbook }): Promise<[Pilot, number]> => {
        const pilot = await uploadWorkbook(actors, pilotId, workbook, FEEDBACK_TIMEOUT_MS);
        return [pilot, performance.now() - started];
      }),
    );
    const [outcomes, health] = await Promise.all([validating, healthLatencies(urls.api, validating)]);
    const { rss: peak, slots } = await ask(child, { type: 'peak' }, 'peak');

    const validated = outcomes.filter(([pilot]) => pilot.submissions.at(-1)?.status === 'validated').length;
    const load = `${uploads} parallel ${sizeMb.toFixed(1)} MB uploads, ${slots} validation slots`;
    return [
      {
        figure: `Peak RSS of the runtime, ${load}`,
        value: peak / MB,
        unit: 'MB',
        goal: { kind: 'below', limit: GOAL_PEAK_RSS_MB },
      },
      { figure: 'RSS of the runtime before the uploads', value: baseline / MB, unit: 'MB' },
      {
        figure: 'Uploads validated with feedback',
        value: validated,
        unit: 'uploads',
        goal: { kind: 'atLeast', limit: uploads },
      },
      {
        figure: 'Time to the last feedback',
        value: Math.max(...outcomes.map(([, ms]) => ms)),
        unit: 'ms',
      },
      {
        figure: `Health check p50 during the load (${health.length} checks)`,
        value: quantile(health, 0.5),
        unit: 'ms',
      },
      { figure: 'Health check p99 during the load', value: quantile(health, 0.99), unit: 'ms' },
      { figure: 'Health check max during the load', value: health.at(-1) ?? Number.NaN, unit: 'ms' },
    ];
  } finally {
    await stopRuntime(child);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await parallelUploadsFigures();
  for (const figure of figures) console.log(formatFigure(figure));
  if (!figures.every(meetsGoal)) process.exitCode = 1;
}
