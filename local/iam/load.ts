// The principal policies (and how each function is deployed) at start: from the cache when none of their inputs
// changed, else from a fresh synthesis.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import type { StageOptions } from '../../infra/stages.ts';
import { extractPolicies } from './extract.ts';
import { functionSettingsSchema } from './functions.ts';
import { type LocalNaming, localNaming } from './naming.ts';
import { extractedPoliciesSchema } from './policy.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Everything the synthesized policies depend on: the CDK app and what it imports, its context, the CDK release,
 * and this extractor. test/unit/local-iam/load.test.ts fails if the app comes to import a file outside this list. */
export const cacheInputs = [
  'infra',
  'state-machines',
  'adapters/aws/table-design.ts',
  'adapters/aws/object-lock.ts',
  'core/lifecycle/stages.ts',
  'core/stage-tasks/task-names.ts',
  'core/documents/fonts.ts',
  'core/notifications/account-messages.ts',
  'api/public-routes.ts',
  'cdk.json',
  'node_modules/aws-cdk-lib/package.json',
  'local/iam',
  'local/config.ts',
] as const;

const CACHE_FILE = 'iam-policies.json';
/** What one synthesis yields: the policies of every principal, and the settings of every function. */
const extractedAppSchema = extractedPoliciesSchema.extend({
  functions: z.record(z.string(), functionSettingsSchema),
});
export type ExtractedApp = z.output<typeof extractedAppSchema>;

const cacheFileSchema = z.object({ key: z.string(), extracted: extractedAppSchema });

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

export type PolicyOptions = Pick<StageOptions, 'taskSpecs'>;

/** A hash of the input files' paths and bytes, the naming and the stage options. */
export function policyInputsHash(
  naming: LocalNaming,
  options: PolicyOptions = {},
  root = projectRoot,
  inputs: readonly string[] = cacheInputs,
): string {
  const hash = createHash('sha256').update(JSON.stringify({ naming, options }));
  for (const file of inputs.flatMap((input) => filesUnder(join(root, input)))) {
    hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

function readCache(file: string, key: string): ExtractedApp | undefined {
  try {
    const cached = cacheFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return cached.success && cached.data.key === key ? cached.data.extracted : undefined;
  } catch {
    return undefined; // no cache yet, or a torn file: synthesize again
  }
}

/** Written beside and renamed over the old file, so a concurrent reader sees the old policies or the new ones. */
function writeCache(file: string, key: string, extracted: ExtractedApp): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify({ key, extracted }));
  renameSync(partial, file);
}

async function synthesizeAndExtract(naming: LocalNaming, options: PolicyOptions): Promise<ExtractedApp> {
  // Imported here so that a warm start never loads aws-cdk-lib.
  const [{ synthesizeApp }, { extractFunctions }] = await Promise.all([
    import('./synth.ts'),
    import('./functions.ts'),
  ]);
  const app = synthesizeApp(naming, options);
  return { ...extractPolicies(app, naming), functions: extractFunctions(app, naming) };
}

export interface LoadedPolicies extends ExtractedApp {
  source: 'cache' | 'synthesis';
  milliseconds: number;
}

export interface LoadPoliciesOptions extends PolicyOptions {
  /** Where the cache file lives: the runtime's data folder, or a folder tests share. */
  cacheDir: string;
  naming?: LocalNaming;
}

export async function loadPolicies(
  { cacheDir, naming = localNaming(), ...options }: LoadPoliciesOptions,
  extract: typeof synthesizeAndExtract = synthesizeAndExtract,
): Promise<LoadedPolicies> {
  const started = performance.now();
  const file = join(cacheDir, CACHE_FILE);
  const key = policyInputsHash(naming, options);
  const cached = readCache(file, key);
  if (cached) return { ...cached, source: 'cache', milliseconds: performance.now() - started };
  const extracted = await extract(naming, options);
  mkdirSync(cacheDir, { recursive: true });
  writeCache(file, key, extracted);
  return { ...extracted, source: 'synthesis', milliseconds: performance.now() - started };
}
