// The embedded runtime in a process of its own, so a benchmark measures the runtime's memory and not its own.
// The parent talks to it over IPC: it reports its URLs once started, its peak RSS when asked, seeds pilots straight
// into its store for the board benchmark, publishes a synthetic index edition, and stops on request.
import { rmSync } from 'node:fs';
import { configFromEnv } from '../../local/config.ts';
import { startTestRuntime, tempDataDir } from '../../test/support/runtime.ts';
import { publishSyntheticEdition } from '../index-synthetic.ts';
import { seedBoard } from './board-seed.ts';
import { type RuntimeReply, type RuntimeReplyType, runtimeRequest } from './runtime-protocol.ts';

/** How often RSS is read; a long synchronous parse can delay a reading, not hide the memory it left behind. */
const SAMPLE_MS = 20;

const send = <K extends RuntimeReplyType>(message: RuntimeReply<K>) => process.send?.(message);
const dataDir = tempDataDir();
// U4SSC_VALIDATION_SLOTS as `npm start` reads it, so a run can compare slot counts.
const { validationSlots } = configFromEnv();
const runtime = await startTestRuntime(dataDir, undefined, { validationSlots });
let peak = process.memoryUsage.rss();
// Started by the first `resetPeak` only: reading RSS every 20 ms took 8 % of the CPU the API benchmarks measure.
let sampler: NodeJS.Timeout | undefined;

process.on('message', async (raw) => {
  const message = runtimeRequest.parse(raw);
  if (message.type === 'resetPeak') {
    peak = process.memoryUsage.rss();
    sampler ??= setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, SAMPLE_MS);
    send({ type: 'peakReset', rss: peak });
  } else if (message.type === 'seedBoard') {
    const started = performance.now();
    await seedBoard(runtime.deps.pilots, message.pilots);
    send({ type: 'seeded', pilots: message.pilots, ms: performance.now() - started });
  } else if (message.type === 'seedIndexEdition') {
    const started = performance.now();
    await publishSyntheticEdition(runtime.deps, message.editionId, message.cities);
    send({ type: 'seededEdition', ms: performance.now() - started });
  } else if (message.type === 'peak') {
    send({ type: 'peak', rss: Math.max(peak, process.memoryUsage.rss()), slots: runtime.validations.slots });
  } else {
    clearInterval(sampler);
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
    send({ type: 'stopped' });
    process.disconnect();
  }
});
send({ type: 'started', urls: runtime.urls });
