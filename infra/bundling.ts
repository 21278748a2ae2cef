// The one set of esbuild options for Lambda bundles, used by CDK's NodejsFunction and by bench/bundles.ts alike.
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import type { TaskSpec } from '../state-machines/stage-machines.ts';

export const LAMBDA_NODE_TARGET = 'node24';

/** ESM bundles still contain CommonJS dependencies (pdfkit, exceljs) that call require(); give them one. */
export const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** Prefer ESM entry points so esbuild can tree-shake; fall back to CommonJS. */
export const MAIN_FIELDS = ['module', 'main'];

/** What decides which optional SDK modules a function's bundle holds. */
export type BundleNeeds = Pick<TaskSpec, 'sendsEmail' | 'signsTemplates' | 'signsLinks' | 'startsStages'>;

/**
 * SDK modules loaded only for one capability (each on first use, see the adapters). The AWS SDK is bundled, not
 * taken from the Lambda runtime (docs/decisions/0008), so a module a function can never use would still be parsed
 * at every cold start: a function without the capability gets a stand-in that throws instead.
 */
const capabilityModules: Record<keyof BundleNeeds, readonly string[]> = {
  sendsEmail: ['@aws-sdk/client-sesv2'],
  signsTemplates: ['@aws-sdk/client-secrets-manager'],
  signsLinks: ['@aws-sdk/s3-presigned-post', '@aws-sdk/s3-request-presigner'],
  startsStages: ['@aws-sdk/client-sfn'],
};

export const ABSENT_MODULE = fileURLToPath(new URL('../functions/absent-sdk-module.ts', import.meta.url));

/** The SDK modules left out of a bundle, each mapped to the stand-in. */
export function absentModules(needs: BundleNeeds): Record<string, string> {
  const absent = Object.entries(capabilityModules).flatMap(([capability, modules]) =>
    needs[capability as keyof BundleNeeds] ? [] : modules,
  );
  return Object.fromEntries(absent.map((module) => [module, ABSENT_MODULE]));
}

/** NodejsFunction's bundling options; `--alias` takes `module=path` pairs. */
export function lambdaBundling(needs: BundleNeeds) {
  return {
    minify: true,
    sourceMap: true,
    sourcesContent: false,
    target: LAMBDA_NODE_TARGET,
    banner: REQUIRE_BANNER,
    // Nothing external: the SDK is bundled too (tree-shaken, one file to parse instead of hundreds).
    externalModules: [],
    mainFields: MAIN_FIELDS,
    esbuildArgs: {
      '--alias': Object.entries(absentModules(needs)).map(([module, path]) => `${module}=${path}`),
    },
  };
}

/** The same bundle as CDK produces (`--format=esm --platform=node --outfile=index.mjs`), for measuring outside CDK. */
export function esbuildOptions(entry: string, outfile: string, needs: BundleNeeds): BuildOptions {
  const bundling = lambdaBundling(needs);
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: bundling.minify,
    sourcemap: bundling.sourceMap,
    sourcesContent: bundling.sourcesContent,
    target: LAMBDA_NODE_TARGET,
    banner: { js: REQUIRE_BANNER },
    external: bundling.externalModules,
    mainFields: MAIN_FIELDS,
    alias: absentModules(needs),
  };
}
