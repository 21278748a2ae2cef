// Benchmark of the validation engine: template build, validate vs bare exceljs load, memory on a ~10 MB upload.
import { randomBytes } from 'node:crypto';
import { loadWorkbook } from '../core/template/read-template.ts';
import { validateWorkbook } from '../core/validation/validate-workbook.ts';
import { filledWorkbook, pilotId, signingKey, templateBytes } from '../test/fixtures/city-workbook.ts';
import { readZip, writeZip } from '../test/fixtures/zip.ts';

const context = { pilotId, signingKey };
const WARM_RUNS = 20;

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const built = performance.now();
await templateBytes();
console.log(`template generation (cold):         ${ms(performance.now() - built)}`);

const filled = await filledWorkbook();
await validateWorkbook(filled, context);
const bare = await median(WARM_RUNS, () => loadWorkbook(filled));
const validate = await median(WARM_RUNS, () => validateWorkbook(filled, context));
console.log(`filled workbook size:               ${(filled.length / 1024).toFixed(1)} KB`);
console.log(`bare exceljs load (median, warm):   ${ms(bare)}`);
console.log(`parse + validate (median, warm):    ${ms(validate)}`);
console.log(`ratio validate / bare load:         ${(validate / bare).toFixed(2)}x (goal <= 1.5x)`);

// A city that pasted photos: ~10 MB of incompressible media beside the filled sheets.
const entries = await readZip(filled);
const large = writeZip([...entries, { name: 'xl/media/photo1.bin', data: randomBytes(10 * 1024 * 1024) }]);
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let peakHeap = heapBefore;
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  peakHeap = Math.max(peakHeap, usage.heapUsed);
  peakRss = Math.max(peakRss, usage.rss);
}, 5);
const started = performance.now();
const validation = await validateWorkbook(large, context);
const elapsed = performance.now() - started;
clearInterval(sampler);
console.log(`~10 MB upload (${mb(large.length)}): validated in ${ms(elapsed)}, valid=${validation.valid}`);
console.log(`  peak heap used while validating:  ${mb(peakHeap)} (before: ${mb(heapBefore)})`);
console.log(
  `  peak RSS (sampled / process max): ${mb(peakRss)} / ${mb(process.resourceUsage().maxRSS * 1024)}`,
);
