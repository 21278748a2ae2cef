// What the Lambda bundles may not carry: the AWS SDK (the runtime provides it), zod's locales, and exceljs's streaming
// reader and writer with their dependencies (core never streams workbooks). Each would slow every cold start.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/bundling.ts';

async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    ...esbuildOptions(entry, '/dev/null/never-written.mjs'),
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

describe('Lambda bundle contents', () => {
  it.each([
    ['validateSubmission', 'functions/tasks/validateSubmission.ts'],
    ['generateReport', 'functions/tasks/generateReport.ts'],
    ['api', 'functions/api.ts'],
  ])('%s leaves out the SDK, zod locales and exceljs streaming', async (_name, entry) => {
    const inputs = await bundledInputs(entry);

    expect(inputs.some((i) => i.includes('core/'))).toBe(true);
    expect(inputs.filter((i) => /node_modules\/(@aws-sdk|unzipper|archiver)\//.test(i))).toEqual([]);
    expect(inputs.filter((i) => i.includes('zod/v4/locales/') && !i.endsWith('/en.js'))).toEqual([]);
  });
});
