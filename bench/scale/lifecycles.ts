// Benchmark: many cities taken from letter of intent to certificate at once through the embedded runtime's API, as
// the secretariat, one verifier and one supervisor would; total time against the goal and p95 per stage.
import { fileURLToPath } from 'node:url';
import { draftSections } from '../../core/lifecycle/draft-review-schemas.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { Stage } from '../../core/lifecycle/stages.ts';
import { runCommand } from '../../core/use-cases/run-command.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import { declaration, sampleConclusion, sampleLetter } from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../../test/support/runtime.ts';
import { type Figure, formatFigure, meetsGoal, quantile } from './figures.ts';

const GOAL_TOTAL_S = 120;
/** Polling a pilot every half second keeps the waiting clients from becoming the load under test. */
const POLL_MS = 500;
const WAIT_MS = 15 * 60_000;

interface Clients {
  secretariat: ApiClient;
  supervisor: ApiClient;
  verifier: ApiClient;
  /** The city's acceptance of its draft report: the local directory has no user for the bench's cities. */
  cityAccepts: (pilotId: string, cityId: string) => Promise<void>;
}

async function reach(client: ApiClient, pilotId: string, stage: Stage): Promise<Pilot> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const { pilot } = await client.call<{ pilot: Pilot }>('GET', `/pilots/${pilotId}`);
    if (pilot.lastFailure && !pilot.pendingRun)
      throw new Error(`${pilotId} failed: ${pilot.lastFailure.error}`);
    if (pilot.stage === stage && !pilot.pendingRun) return pilot;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${pilotId} did not reach ${stage}`);
}

/** One city's pilot, the secretariat acting for the city (the local directory has two city users). */
async function lifecycle(
  i: number,
  clients: Clients,
  timed: <T>(stage: string, step: () => Promise<T>) => Promise<T>,
) {
  const { secretariat, supervisor, verifier } = clients;
  const body = { ...sampleLetter(`City${i}`), cityId: `city-${i}` };
  const id = (await secretariat.call<{ pilot: Pilot }>('POST', '/pilots', body)).pilot.pilotId;
  const at = (stage: Stage) => reach(secretariat, id, stage);
  await timed('intake', () => at('loi_received'));
  await secretariat.call('POST', `/pilots/${id}/letter-decision`, { decision: 'accept' });
  await timed('template issuance', () => at('data_collection'));
  await timed('upload and validation', async () => {
    const { url } = await secretariat.call<{ url: string }>('GET', `/pilots/${id}/template`);
    const workbook = await fillSampleWorkbook(await secretariat.download(url), { seed: i + 1 });
    const ticket = await secretariat.call<{ url: string; fields: Record<string, string> }>(
      'POST',
      `/pilots/${id}/uploads`,
    );
    await secretariat.upload(ticket, workbook, 'kpi-data.xlsx');
    return at('validated');
  });
  await timed('verification dispatch', async () => {
    const appointment = { verifierId: 'verifier', supervisorId: 'supervisor', mode: 'remote' };
    await secretariat.call('POST', `/pilots/${id}/verifier-assignment`, appointment);
    return at('verifier_assigned');
  });
  await timed('verification and report', async () => {
    await verifier.call('POST', `/pilots/${id}/verification-response`, {
      decision: 'accept',
      ...declaration,
    });
    const { results } = await verifier.call<{ results: { dataPointId: string }[] }>(
      'GET',
      `/pilots/${id}/submissions/1`,
    );
    const items = results.map((r) => ({ dataPointId: r.dataPointId, status: 'accepted' }));
    await verifier.call('POST', `/pilots/${id}/reviews`, { items });
    await verifier.call('POST', `/pilots/${id}/conclusion`, sampleConclusion);
    await supervisor.call('POST', `/pilots/${id}/conclusion-decision`, { decision: 'approve' });
    await clients.cityAccepts(id, body.cityId);
    await verifier.call('POST', `/pilots/${id}/report-issue`, {});
    return at('reported');
  });
  await timed('certification', async () => {
    await secretariat.call('POST', `/pilots/${id}/certification`, {});
    return at('certified');
  });
}

export async function concurrentLifecyclesFigures(cities = 100): Promise<Figure[]> {
  const runtime = await startTestRuntime(tempDataDir());
  try {
    const sign = (user: string) => new ApiClient(runtime.urls.portal, runtime.urls.inbox).signIn(user);
    const [secretariat, supervisor, verifier] = await Promise.all(
      ['secretariat', 'supervisor', 'verifier'].map(sign),
    );
    const cityAccepts = async (pilotId: string, cityId: string) => {
      const actor = { userId: `focal-${cityId}`, role: 'city' as const, cityId };
      for (const section of draftSections)
        await runCommand(runtime.deps, {
          pilotId,
          command: 'acceptDraftSection',
          payload: { section },
          actor,
        });
    };
    const clients = { secretariat: secretariat!, supervisor: supervisor!, verifier: verifier!, cityAccepts };
    await clients.secretariat.call('POST', '/verifiers', {
      verifierId: 'verifier',
      name: 'Li Verifier',
      email: 'verifier@u4ssc.local',
      languages: ['en', 'zh'],
      regions: ['Europe', 'Asia'],
    });
    const durations = new Map<string, number[]>();
    const timed = async <T>(stage: string, step: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const value = await step();
      durations.set(stage, [...(durations.get(stage) ?? []), (performance.now() - started) / 1000]);
      return value;
    };
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: cities }, (_, i) => lifecycle(i, clients, timed)),
    );
    const total = (performance.now() - started) / 1000;
    for (const failure of outcomes.filter((o) => o.status === 'rejected').slice(0, 3))
      console.log(`failure: ${(failure as PromiseRejectedResult).reason}`);
    const certified = outcomes.filter((o) => o.status === 'fulfilled').length;
    return [
      {
        figure: `${cities} concurrent lifecycles, letter to certificate`,
        value: total,
        unit: 's',
        goal: { kind: 'below', limit: GOAL_TOTAL_S },
      },
      {
        figure: 'pilots certified',
        value: certified,
        unit: 'pilots',
        goal: { kind: 'atLeast', limit: cities },
      },
      ...[...durations].map(
        ([stage, times]): Figure => ({
          figure: `p95 ${stage}`,
          value: quantile(
            times.toSorted((a, b) => a - b),
            0.95,
          ),
          unit: 's',
        }),
      ),
    ];
  } finally {
    await runtime.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await concurrentLifecyclesFigures(Number(process.env.BENCH_CITIES ?? 100));
  for (const figure of figures) console.log(formatFigure(figure));
  if (!figures.every(meetsGoal)) process.exitCode = 1;
}
