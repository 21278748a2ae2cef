// Bundles the API and validateSubmission functions with CDK's esbuild options; prints size and cold import time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildOptions } from '../infra/bundling.ts';
import { projectRoot } from '../infra/constructs/project-function.ts';
import { sampleLambdaEnv } from '../test/infra/support/lambda-env.ts';

const entries = { api: 'functions/api.ts', validateSubmission: 'functions/tasks/validateSubmission.ts' };
const RUNS = 9;
const GOALS = { bytes: 1.5 * 1024 * 1024, importMs: 200 };

/** Imports the bundle in a fresh Node process and returns the milliseconds the import took. */
function importMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  const out = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
    env: { ...process.env, ...sampleLambdaEnv },
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n').at(-1));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const dir = mkdtempSync(join(tmpdir(), 'u4ssc-bundles-'));
// The SDK is external, as on Lambda where the runtime provides it; here it resolves from the project.
symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
try {
  console.log(
    `Goal: each bundle under ${GOALS.bytes / 1024 / 1024} MB and imported in under ${GOALS.importMs} ms.`,
  );
  console.log(
    `Node ${process.version}; import time is the median of ${RUNS} fresh processes (AWS SDK included).\n`,
  );
  // What the SDK alone costs, so a reader can tell the bundle's own share from the runtime-provided SDK's.
  const sdkOnly = join(dir, 'sdk-only.mjs');
  writeFileSync(
    sdkOnly,
    "await Promise.all(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-s3'].map((m) => import(m)));",
  );
  const sdkMs = median(Array.from({ length: RUNS }, () => importMs(sdkOnly)));
  console.log(
    `${'(SDK clients alone)'.padEnd(20)} ${''.padStart(9)} ${`${sdkMs.toFixed(0)} ms`.padStart(8)}`,
  );
  for (const [name, entry] of Object.entries(entries)) {
    const outfile = join(dir, name, 'index.mjs');
    await build({ ...esbuildOptions(join(projectRoot, entry), outfile), logLevel: 'silent' });
    const bytes = statSync(outfile).size;
    const times = Array.from({ length: RUNS }, () => importMs(outfile));
    const size = `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    const time = `${median(times).toFixed(0)} ms`;
    const verdict = `${bytes <= GOALS.bytes ? 'size ok' : 'size OVER'}, ${median(times) <= GOALS.importMs ? 'time ok' : 'time OVER'}`;
    const own = `${(median(times) - sdkMs).toFixed(0)} ms of its own`;
    console.log(`${name.padEnd(20)} ${size.padStart(9)} ${time.padStart(8)}   (${verdict}; ${own})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
