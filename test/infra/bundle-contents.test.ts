// What the Lambda bundles hold: the AWS SDK modules their spec needs and no others, no zod locales, no exceljs
// streaming (core never streams workbooks), and no exceljs at all for validation. Each extra would slow cold starts.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type BundleNeeds, esbuildOptions } from '../../infra/bundling.ts';
import { entrySpecs } from '../../infra/constructs/entry-functions.ts';
import { taskSpecs } from '../../state-machines/stage-machines.ts';

async function bundledInputs(entry: string, needs: BundleNeeds): Promise<string[]> {
  const result = await build({
    ...esbuildOptions(entry, '/dev/null/never-written.mjs', needs),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // Inputs esbuild visited but shook out entirely contribute no bytes; only what is in the output counts.
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
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
    ['generateReport', 'functions/tasks/generateReport.ts', taskSpecs.generateReport],
    ['sendNotification', 'functions/tasks/sendNotification.ts', taskSpecs.sendNotification],
    ['api', 'functions/api.ts', entrySpecs.api],
  ])(
    '%s holds the SDK modules its spec needs, and no zod locales or exceljs streaming',
    async (_name, entry, needs) => {
      const inputs = await bundledInputs(entry, needs);

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

  it('validates submissions without exceljs: city workbooks are read by core/xlsx-reader', async () => {
    const inputs = await bundledInputs('functions/tasks/validateSubmission.ts', taskSpecs.validateSubmission);

    expect(holds(inputs, 'exceljs')).toBe(false);
    expect(inputs.some((i) => i.includes('core/xlsx-reader/'))).toBe(true);
  });

  it('fails loudly where a function loads an SDK module its spec left out', async () => {
    await expect(import('../../functions/absent-sdk-module.ts')).rejects.toThrow(/capability in its spec/);
  });
});
