// Benchmark: the secretariat's pipeline board with hundreds of cities (half in data collection with deadlines): GET /api/pilots (all, one stage, due soon)
// through the embedded runtime, p50/p95 and response size, plus the cost of one city's page with its timeline.
import { rmSync } from 'node:fs';
import { type Actor, systemActor } from '../core/actors.ts';
import type { CommandName } from '../core/lifecycle/commands.ts';
import { submitLetterOfIntent } from '../core/use-cases/letters.ts';
import { runCommand } from '../core/use-cases/run-command.ts';
import { ApiClient } from '../scripts/lib/api-client.ts';
import { sampleLetter } from '../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from '../test/support/runtime.ts';

const CITIES = Number(process.env.BENCH_CITIES ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const GOAL_P95_MS = 1000;
const staff: Actor = { role: 'secretariat', userId: 'bench', email: 'bench@u4ssc.local' };

const dataDir = tempDataDir();
const runtime = await startTestRuntime(dataDir);
try {
  // Letters go straight to the store; their intake runs are not started, so only the read side is measured.
  const quiet = { ...runtime.deps, runner: { start: async () => {} } };
  const seeding = performance.now();
  let firstPilot = '';
  for (let i = 0; i < CITIES; i++) {
    const pilot = await submitLetterOfIntent(quiet, staff, {
      ...sampleLetter(`City${i}`),
      cityId: `city-${i}`,
    });
    firstPilot ||= pilot.pilotId;
    // Every other city moves on to data collection, with a deadline of 3 to 6 months.
    if (i % 2 === 0) continue;
    const step = (command: CommandName, payload: unknown, actor: Actor) =>
      runCommand(quiet, { pilotId: pilot.pilotId, command, payload, actor });
    await step('acceptLetter', {}, staff);
    await step(
      'issueTemplate',
      { templateId: `t${i}`, key: `templates/${i}.xlsx`, catalogueVersion: '1' },
      systemActor,
    );
    await step('openDataCollection', { collectionMonths: 3 + (i % 4) }, systemActor);
  }
  console.log(`seeded ${CITIES} pilots in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

  const client = await new ApiClient(runtime.urls.portal).signIn('secretariat');
  const soon = new Date(Date.now() + 4.5 * 30 * 86_400_000).toISOString();
  const requests: [label: string, path: string][] = [
    ['all pilots', '/pilots'],
    ['one stage', '/pilots?stage=loi_received'],
    ['due in 4.5 months', `/pilots?dueBefore=${encodeURIComponent(soon)}`],
    ['one city page', `/pilots/${firstPilot}`],
  ];
  for (const [label, path] of requests) {
    const timings: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const response = await client.raw('GET', path);
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      bytes = (await response.arrayBuffer()).byteLength;
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const at = (q: number) => timings[Math.min(timings.length - 1, Math.ceil(q * timings.length) - 1)]!;
    console.log(
      `${label.padEnd(18)} p50 ${at(0.5).toFixed(0).padStart(5)} ms  p95 ${at(0.95).toFixed(0).padStart(5)} ms  ` +
        `${(bytes / 1024).toFixed(0).padStart(6)} KB  p95/goal ${(at(0.95) / GOAL_P95_MS).toFixed(2)}`,
    );
  }
} finally {
  await runtime.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
