// Bundles the API, validateSubmission and the two EventBridge entries exactly as CDK does; prints each bundle's size and cold import time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BundleNeeds, bundleFiles, bundleLambda, ENTRY_FILE } from '../infra/bundling.ts';
import { projectRoot } from '../infra/constructs/project-function.ts';
import { entrySpecs } from '../infra/entry-specs.ts';
import { taskSpecs } from '../infra/task-specs.ts';
import { sampleLambdaEnv } from '../test/infra/support/lambda-env.ts';

const bundles: Record<string, { entry: string; needs: BundleNeeds }> = {
  api: { entry: 'functions/api.ts', needs: entrySpecs.api },
  validateSubmission: { entry: 'functions/tasks/validateSubmission.ts', needs: taskSpecs.validateSubmission },
  // The entries that parse AWS events: their event schemas must not drag a whole schema library into the bundle.
  'upload-event': { entry: 'functions/upload-event.ts', needs: entrySpecs['upload-event'] },
  'execution-failed': { entry: 'functions/execution-failed.ts', needs: entrySpecs['execution-failed'] },
};
const RUNS = 15;
const GOALS = { bytes: 1.5 * 1024 * 1024, importMs: 200 };
/** What the reference took on the machine the 200 ms goal was set on (docs/decisions/0007): the goal as a ratio. */
const GOAL_MACHINE_REFERENCE_MS = 140;

/** Imports a module in a fresh Node process and returns the milliseconds the import took. */
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
symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
try {
  // The machine-speed reference: the DynamoDB and S3 clients loaded unbundled from node_modules, the way a function
  // relying on the Lambda runtime's SDK would load them before any code of its own.
  const reference = join(dir, 'reference.mjs');
  writeFileSync(
    reference,
    "await Promise.all(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-s3'].map((m) => import(m)));",
  );
  const files: Record<string, string> = { reference };
  const sizes: Record<string, { total: number; coldStart: number }> = {};
  for (const [name, { entry, needs }] of Object.entries(bundles)) {
    files[name] = join(dir, name, ENTRY_FILE);
    const { coldStart, onFirstUse } = bundleFiles(
      bundleLambda(join(projectRoot, entry), join(dir, name), needs),
    );
    const bytes = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
    sizes[name] = { coldStart: bytes(coldStart), total: bytes(coldStart) + bytes(onFirstUse) };
  }
  // Interleaved runs: a slow spell on this shared machine slows every candidate alike instead of one.
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, file] of Object.entries(files)) times[name]!.push(importMs(file));
  }
  const referenceMs = median(times.reference!);
  const ratioGoal = GOALS.importMs / GOAL_MACHINE_REFERENCE_MS;
  console.log(
    `Goal: each bundle under ${GOALS.bytes / 1024 / 1024} MB and imported in under ${GOALS.importMs} ms.`,
  );
  console.log(
    `Node ${process.version}; medians of ${RUNS} fresh processes, interleaved. Reference: the SDK's DynamoDB and S3 clients alone, unbundled: ${referenceMs.toFixed(0)} ms here, ${GOAL_MACHINE_REFERENCE_MS} ms where the goal was set, so the goal is ${ratioGoal.toFixed(2)}× the reference. Size: all code files; at start: those read at a cold start (the rest are chunks read on first use).\n`,
  );
  console.log(
    `${'bundle'.padEnd(20)} ${'size'.padStart(9)} ${'at start'.padStart(9)} ${'import'.padStart(8)} ${'÷ ref'.padStart(7)}`,
  );
  for (const name of Object.keys(bundles)) {
    const { total: bytes, coldStart } = sizes[name]!;
    const ms = median(times[name]!);
    const ratio = ms / referenceMs;
    const verdict = [
      bytes <= GOALS.bytes ? 'size ok' : 'size OVER',
      ms <= GOALS.importMs ? 'time ok' : `time over ${GOALS.importMs} ms here`,
      ratio <= ratioGoal ? 'ratio ok' : 'ratio OVER',
    ].join(', ');
    const mb = (value: number) => `${(value / 1024 / 1024).toFixed(2)} MB`;
    console.log(
      `${name.padEnd(20)} ${mb(bytes).padStart(9)} ${mb(coldStart).padStart(9)} ${`${ms.toFixed(0)} ms`.padStart(8)} ${`${ratio.toFixed(2)}×`.padStart(7)}   (${verdict})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
