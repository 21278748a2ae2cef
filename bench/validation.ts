// Benchmark of the validation engine: template build, validate vs bare exceljs load, memory on a ~10 MB upload.
import { randomBytes } from 'node:crypto';
import { validateWorkbook } from '../core/validation/validate-workbook.ts';
import { loadWorkbook } from '../core/xlsx.ts';
import { filledWorkbook, pilotId, signingKey, templateBytes } from '../test/fixtures/city-workbook.ts';
import { readUpload } from '../test/fixtures/read-upload.ts';
import { readZip, writeZip } from '../test/fixtures/zip.ts';

const context = { pilotId, signingKey };
const WARM_UP = 15;
const RUNS = 30;

/** Medians of interleaved runs after the same warm-up for each task, so JIT and GC state favour none of them. */
async function medians<K extends string>(
  tasks: Record<K, () => Promise<unknown>>,
): Promise<Record<K, number>> {
  const names = Object.keys(tasks) as K[];
  for (let run = 0; run < WARM_UP; run++) for (const name of names) await tasks[name]();
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let run = 0; run < RUNS; run++) {
    for (const name of names) {
      const started = performance.now();
      await tasks[name]();
      times[name].push(performance.now() - started);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return Object.fromEntries(names.map((name) => [name, median(times[name])])) as Record<K, number>;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const built = performance.now();
await templateBytes();
console.log(`template generation (cold):         ${ms(performance.now() - built)}`);

const filled = await filledWorkbook();
const { bare, read, validate } = await medians({
  bare: () => loadWorkbook(filled),
  read: () => readUpload(filled),
  validate: () => validateWorkbook(filled, context),
});
console.log(`filled workbook size:               ${(filled.length / 1024).toFixed(1)} KB`);
console.log(`bare exceljs load (median, warm):   ${ms(bare)}`);
console.log(`safe unzip + read (median):         ${ms(read)} (core/xlsx-reader, as validation reads)`);
console.log(`safe unzip + read + validate:       ${ms(validate)}`);
console.log(`ratio validate / bare exceljs load: ${(validate / bare).toFixed(2)}x (goal <= 1.5x)`);

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
