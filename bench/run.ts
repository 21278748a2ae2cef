// `npm run bench`: runs every benchmark script in its own process, one after another, and prints their figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .sort();
let failed = 0;
for (const script of scripts) {
  const path = new URL(script, here).pathname;
  if (!existsSync(path)) continue;
  console.log(`\n=== ${script} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
if (failed) {
  console.error(`\n${failed} benchmark script(s) failed`);
  process.exit(1);
}
