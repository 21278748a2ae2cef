// The embedded runtime in a process of its own, so a benchmark measures the runtime's memory and not its own.
// The parent talks to it over IPC: it reports its URLs once started, its peak RSS when asked, and stops on request.
import { rmSync } from 'node:fs';
import * as z from 'zod';
import { startTestRuntime, tempDataDir } from '../../test/support/runtime.ts';

/** How often RSS is read; a long synchronous parse can delay a reading, not hide the memory it left behind. */
const SAMPLE_MS = 20;

const request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('resetPeak') }),
  z.object({ type: z.literal('peak') }),
  z.object({ type: z.literal('stop') }),
]);

const send = (message: unknown) => process.send?.(message);
const slots = process.env.U4SSC_VALIDATION_SLOTS;
const dataDir = tempDataDir();
const runtime = await startTestRuntime(dataDir, undefined, slots ? { validationSlots: Number(slots) } : {});
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, SAMPLE_MS);

process.on('message', async (raw) => {
  const message = request.parse(raw);
  if (message.type === 'resetPeak') {
    peak = process.memoryUsage.rss();
    send({ type: 'peakReset', rss: peak });
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
