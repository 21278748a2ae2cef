// Benchmark: upload-to-feedback latency through the embedded runtime (presigned POST -> validation recorded), p50/p95.
import { rmSync } from 'node:fs';
import {
  acceptLetter,
  downloadTemplate,
  signInAll,
  submitLetter,
  uploadWorkbook,
  waitForStage,
} from '../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../test/support/runtime.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const GOAL_P95_MS = 1500;

const dataDir = tempDataDir();
const runtime = await startTestRuntime(dataDir);
try {
  const actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  const { pilotId } = await submitLetter(actors);
  await acceptLetter(actors, pilotId);
  await waitForStage(actors.city, pilotId, 'data_collection');
  const workbook = await fillSampleWorkbook(await downloadTemplate(actors, pilotId));
  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await uploadWorkbook(actors, pilotId, workbook);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.ceil(q * timings.length) - 1)]!;
  console.log(
    `upload-to-feedback latency over ${ROUNDS} uploads of ${(workbook.length / 1024).toFixed(0)} KB:`,
  );
  console.log(`  p50 ${at(0.5).toFixed(0)} ms   p95 ${at(0.95).toFixed(0)} ms   max ${at(1).toFixed(0)} ms`);
  console.log(`  p95 / goal (${GOAL_P95_MS} ms) = ${(at(0.95) / GOAL_P95_MS).toFixed(2)}`);
} finally {
  await runtime.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
