// How every Lambda function is bundled, the one way CDK, the bundle benchmark and the bundle tests all use.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import type { BuildOptions, Metafile } from 'esbuild';
import { BUNDLED_FONT_FOLDER, fontDir, fontFiles } from '../core/documents/fonts.ts';
import type { TaskSpec } from './task-specs.ts';

const LAMBDA_NODE_TARGET = 'node24';

/** ESM bundles still contain CommonJS dependencies (pdfkit, exceljs) that call require(); give them one. */
const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** Prefer ESM entry points so esbuild can tree-shake; fall back to CommonJS. */
const MAIN_FIELDS = ['module', 'main'];

/** The file Lambda loads (`index.handler`); chunks loaded on first use sit in `chunks/`, fonts in `fonts/`. */
export const ENTRY_FILE = 'index.mjs';

/** What decides which optional SDK modules a function's bundle holds. */
export type BundleNeeds = Pick<TaskSpec, 'sendsEmail' | 'signsTemplates' | 'signsLinks' | 'startsStages'>;

/**
 * SDK modules loaded only for one capability (each on first use, see the adapters). The AWS SDK is bundled, not
 * taken from the Lambda runtime (docs/decisions/0008): a function without the capability gets a stand-in that
 * throws instead of a module it can never use.
 */
const capabilityModules: Record<keyof BundleNeeds, readonly string[]> = {
  sendsEmail: ['@aws-sdk/client-sesv2'],
  signsTemplates: ['@aws-sdk/client-secrets-manager'],
  signsLinks: ['@aws-sdk/s3-presigned-post', '@aws-sdk/s3-request-presigner'],
  startsStages: ['@aws-sdk/client-sfn'],
};

const ABSENT_MODULE = fileURLToPath(new URL('../functions/absent-sdk-module.ts', import.meta.url));
const ESBUILD_WORKER = fileURLToPath(new URL('./esbuild-worker.mjs', import.meta.url));
/** Bundles holding code of the PDF renderer get the fonts; the others never read them. */
const PDF_RENDERER = 'core/documents/pdf.ts';

/** The SDK modules left out of a bundle, each mapped to the stand-in. */
function absentModules(needs: BundleNeeds): Record<string, string> {
  const absent = Object.entries(capabilityModules).flatMap(([capability, modules]) =>
    needs[capability as keyof BundleNeeds] ? [] : modules,
  );
  return Object.fromEntries(absent.map((module) => [module, ABSENT_MODULE]));
}

/**
 * ESM with code splitting: what a function imports lazily (a rarely used SDK client, the credential providers it
 * never reaches on Lambda) goes to chunks that are read and compiled only when first imported, not at cold start.
 */
function esbuildOptions(entry: string, outdir: string, needs: BundleNeeds): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    // Not shipped: Node reads a source map only with --enable-source-maps, which costs every cold start; the
    // minified names in a stack trace still point at the module (docs/decisions/0022).
    sourcemap: false,
    sourcesContent: false,
    target: LAMBDA_NODE_TARGET,
    banner: { js: REQUIRE_BANNER },
    mainFields: MAIN_FIELDS,
    alias: absentModules(needs),
    metafile: true,
    logLevel: 'warning',
  };
}

/** Builds in a child process (infra/esbuild-worker.mjs): synchronous for CDK, yet with the plugin it needs. */
function runEsbuild(options: BuildOptions): Metafile {
  const metafile = execFileSync(process.execPath, [ESBUILD_WORKER], {
    input: JSON.stringify(options),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return JSON.parse(metafile) as Metafile;
}

/** What a function's bundle would hold, without writing it (the bundle-contents tests read this). */
export function bundleMetafile(entry: string, needs: BundleNeeds): Metafile {
  return runEsbuild({ ...esbuildOptions(entry, '/dev/null/never-written', needs), write: false });
}

/** Copies the fonts into `<outdir>/fonts`: a bundle's own folder, or the fonts layer's (Lambda mounts it at /opt). */
function copyFonts(outdir: string): void {
  mkdirSync(join(outdir, BUNDLED_FONT_FOLDER), { recursive: true });
  for (const file of fontFiles) copyFileSync(join(fontDir(), file), join(outdir, BUNDLED_FONT_FOLDER, file));
}

/**
 * Bundles one function into outdir. A function that renders PDFs also gets the fonts, which are files, not code,
 * unless `fonts` is 'layer': CDK's assets leave them to the one fonts layer the PDF functions share.
 */
export function bundleLambda(
  entry: string,
  outdir: string,
  needs: BundleNeeds,
  fonts: 'bundle' | 'layer' = 'bundle',
): Metafile {
  const metafile = runEsbuild(esbuildOptions(entry, outdir, needs));
  if (fonts === 'bundle' && rendersPdf(metafile)) copyFonts(outdir);
  return metafile;
}

/** True when the bundle holds the PDF renderer's code, so it reads the fonts. */
export const rendersPdf = (metafile: Metafile) => holdsCodeOf(metafile, PDF_RENDERER);

/** True when some output of the bundle holds bytes of this source file (not merely visited, then shaken out). */
function holdsCodeOf(metafile: Metafile, sourceFile: string): boolean {
  return Object.values(metafile.outputs).some((output) =>
    Object.entries(output.inputs).some(
      ([input, { bytesInOutput }]) => input.endsWith(sourceFile) && bytesInOutput > 0,
    ),
  );
}

/** The code files of a bundle, split into those read at cold start (the entry and what it imports statically)
 * and those read on first use. */
export function bundleFiles(metafile: Metafile): { coldStart: string[]; onFirstUse: string[] } {
  const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.mjs'));
  const entry = outputs.find(([file]) => file.endsWith(`/${ENTRY_FILE}`) || file === ENTRY_FILE)?.[0];
  const coldStart = new Set<string>();
  const visit = (file: string) => {
    if (coldStart.has(file)) return;
    coldStart.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  if (entry) visit(entry);
  return {
    coldStart: [...coldStart],
    onFirstUse: outputs.map(([file]) => file).filter((file) => !coldStart.has(file)),
  };
}

/** The function's code asset: bundled on this machine (no Docker), hashed by what the bundle holds. */
export function lambdaCode(projectRoot: string, entry: string, needs: BundleNeeds): Code {
  return Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type, never pulled: local bundling either succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      // CDK reuses a bundle whose source and bundling options match, and it cannot see into tryBundle: naming the
      // entry and the left-out modules here keeps every function from getting the first function's bundle.
      environment: {
        U4SSC_ENTRY: entry,
        U4SSC_ABSENT_SDK_MODULES: Object.keys(absentModules(needs)).join(','),
      },
      local: {
        tryBundle(outputDir) {
          bundleLambda(join(projectRoot, entry), outputDir, needs, 'layer');
          return true;
        },
      },
    },
  });
}

/** The fonts layer's code: `fonts/` at its root, which Lambda extracts to /opt/fonts. */
export function fontsLayerCode(projectRoot: string): Code {
  return Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      environment: { U4SSC_LAYER: 'fonts' },
      local: {
        tryBundle(outputDir) {
          copyFonts(outputDir);
          return true;
        },
      },
    },
  });
}
