// What the Lambda bundles hold: the AWS SDK modules their spec needs and no others, no zod locales, no exceljs
// streaming (core never streams workbooks), no exceljs at all for validation, and of the Powertools Parser only the
// schemas an entry uses. Each extra would slow cold starts.
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { taskNames } from '../../core/stage-tasks/task-names.ts';
import { type BundleNeeds, bundleFiles, bundleMetafile, rendersPdf } from '../../infra/bundling.ts';
import { entryNames, entrySpecs } from '../../infra/entry-specs.ts';
import { taskSpecs } from '../../infra/task-specs.ts';

/** The source files with bytes in the given output files (all of them by default). */
function inputsOf(metafile: Metafile, files = Object.keys(metafile.outputs)): string[] {
  // Inputs esbuild visited but shook out entirely contribute no bytes; only what is in the output counts.
  return files.flatMap((file) =>
    Object.entries(metafile.outputs[file]?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

function bundledInputs(entry: string, needs: BundleNeeds): string[] {
  return inputsOf(bundleMetafile(entry, needs));
}

const holds = (inputs: string[], module: string) => inputs.some((i) => i.includes(`node_modules/${module}/`));

const optionalModules = {
  sendsEmail: '@aws-sdk/client-sesv2',
  signsTemplates: '@aws-sdk/client-secrets-manager',
  signsLinks: '@aws-sdk/s3-presigned-post',
  startsStages: '@aws-sdk/client-sfn',
} as const;

describe('Lambda bundle contents', () => {
  it.each([
    ['validateSubmission', 'functions/tasks/validateSubmission.ts', taskSpecs.validateSubmission],
    ['writeFeedbackWorkbook', 'functions/tasks/writeFeedbackWorkbook.ts', taskSpecs.writeFeedbackWorkbook],
    ['generateReport', 'functions/tasks/generateReport.ts', taskSpecs.generateReport],
    ['sendNotification', 'functions/tasks/sendNotification.ts', taskSpecs.sendNotification],
    ['api', 'functions/api.ts', entrySpecs.api],
    ['upload-event', 'functions/upload-event.ts', entrySpecs['upload-event']],
    ['execution-failed', 'functions/execution-failed.ts', entrySpecs['execution-failed']],
  ])(
    '%s holds the SDK modules its spec needs, once each, and no zod locales or exceljs streaming',
    (_name, entry, needs) => {
      const inputs = bundledInputs(entry, needs);

      expect(inputs.some((i) => i.includes('core/'))).toBe(true);
      expect(holds(inputs, '@aws-sdk/client-dynamodb')).toBe(true);
      for (const [capability, module] of Object.entries(optionalModules)) {
        expect(holds(inputs, module), module).toBe(!!needs[capability as keyof BundleNeeds]);
      }
      expect(inputs.some((i) => i.endsWith('functions/absent-sdk-module.ts'))).toBe(
        Object.keys(optionalModules).some((capability) => !needs[capability as keyof BundleNeeds]),
      );
      expect(inputs.filter((i) => /node_modules\/(unzipper|archiver)\//.test(i))).toEqual([]);
      // A package pinned to another SDK release brings its own copy of a client (s3-presigned-post pins client-s3).
      expect(inputs.filter((i) => /node_modules\/@(aws-sdk|smithy)\/[^/]+\/node_modules\//.test(i))).toEqual(
        [],
      );
      expect(inputs.filter((i) => i.includes('zod/v4/locales/') && !i.endsWith('/en.js'))).toEqual([]);
    },
  );

  it.each([
    ['upload-event', 'functions/upload-event.ts', entrySpecs['upload-event'], ['eventbridge', 's3', 'sqs']],
    ['execution-failed', 'functions/execution-failed.ts', entrySpecs['execution-failed'], ['eventbridge']],
  ])(
    '%s holds only the Parser schemas it parses with, not the whole library',
    (_name, entry, needs, schemas) => {
      const inputs = bundledInputs(entry, needs);
      const parserSchemas = inputs
        .map((i) => /@aws-lambda-powertools\/parser\/lib\/esm\/schemas\/([\w-]+)\.js$/.exec(i)?.[1])
        .filter((name) => name !== undefined);

      // s3.js builds its SQS-delivered variant from the SQS schema, so that one comes along.
      expect(parserSchemas.sort()).toEqual(schemas);
    },
  );

  it('validates submissions without exceljs: city workbooks are read by core/xlsx-reader', () => {
    const inputs = bundledInputs('functions/tasks/validateSubmission.ts', taskSpecs.validateSubmission);

    expect(holds(inputs, 'exceljs')).toBe(false);
    expect(inputs.some((i) => i.includes('core/xlsx-reader/'))).toBe(true);
  });

  it('leaves the API the clients it rarely needs to chunks read on first use, not at cold start', () => {
    const metafile = bundleMetafile('functions/api.ts', entrySpecs.api);
    const { coldStart, onFirstUse } = bundleFiles(metafile);
    const atStart = inputsOf(metafile, coldStart);
    const later = inputsOf(metafile, onFirstUse);

    expect(holds(atStart, '@aws-sdk/client-dynamodb')).toBe(true);
    for (const module of ['@aws-sdk/client-sesv2', '@aws-sdk/client-sfn', '@aws-sdk/s3-presigned-post']) {
      expect(holds(atStart, module), module).toBe(false);
      expect(holds(later, module), module).toBe(true);
    }
  });

  it('fails loudly where a function loads an SDK module its spec left out', async () => {
    await expect(import('../../functions/absent-sdk-module.ts')).rejects.toThrow(/capability in its spec/);
  });
});

describe('the fonts layer', () => {
  const functions = [
    ...taskNames.map((task) => [task, `functions/tasks/${task}.ts`, taskSpecs[task]] as const),
    ...entryNames.map((name) => [name, `functions/${name}.ts`, entrySpecs[name]] as const),
  ];

  it.each(functions)('is given to %s exactly when its bundle renders PDFs', (_name, entry, spec) => {
    expect(rendersPdf(bundleMetafile(entry, spec))).toBe(spec.rendersPdf === true);
  });
});
