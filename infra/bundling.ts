// The one set of esbuild options for Lambda bundles, used by CDK's NodejsFunction and by bench/bundles.ts alike.
import type { BuildOptions } from 'esbuild';

export const LAMBDA_NODE_TARGET = 'node24';

/** ESM bundles still contain CommonJS dependencies (exceljs, pdfkit) that call require(); give them one. */
export const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** The Lambda Node.js runtime ships the AWS SDK v3; bundling it again would add megabytes to every cold start. */
export const EXTERNAL_MODULES = ['@aws-sdk/*'];

/** Prefer ESM entry points so esbuild can tree-shake; fall back to CommonJS. */
export const MAIN_FIELDS = ['module', 'main'];

export const lambdaBundling = {
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  target: LAMBDA_NODE_TARGET,
  banner: REQUIRE_BANNER,
  externalModules: EXTERNAL_MODULES,
  mainFields: MAIN_FIELDS,
} as const;

/** The same bundle as CDK produces (`--format=esm --platform=node --outfile=index.mjs`), for measuring outside CDK. */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: lambdaBundling.minify,
    sourcemap: lambdaBundling.sourceMap,
    sourcesContent: lambdaBundling.sourcesContent,
    target: LAMBDA_NODE_TARGET,
    banner: { js: REQUIRE_BANNER },
    external: EXTERNAL_MODULES,
    mainFields: MAIN_FIELDS,
  };
}
