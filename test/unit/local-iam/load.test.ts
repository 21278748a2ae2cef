// The policy cache: a warm start reads the data folder, any changed input synthesizes again, and the key covers
// every project file the synthesized app is built from.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { taskSpecs } from '../../../infra/task-specs.ts';
import { cacheInputs, loadPolicies, policyInputsHash } from '../../../local/iam/load.ts';
import { localNaming } from '../../../local/iam/naming.ts';

const extracted = {
  policies: { worker: [{ Effect: 'Allow' as const, Action: ['s3:GetObject'], Resource: ['*'] }] },
  awsManagedPolicies: { worker: [] },
  functions: {},
};
const stubExtractor = () => vi.fn(async () => extracted);
const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'u4ssc-iam-cache-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('loadPolicies', () => {
  it('synthesizes on the first start and reads the cache on the next', async () => {
    const cacheDir = tempDir();
    const extract = stubExtractor();

    const first = await loadPolicies({ cacheDir }, extract);
    const second = await loadPolicies({ cacheDir }, extract);

    expect(extract).toHaveBeenCalledTimes(1);
    expect(first.source).toBe('synthesis');
    expect(second).toMatchObject({ source: 'cache', policies: extracted.policies });
  });

  it('synthesizes again when the naming or the task specs differ from those of the cached policies', async () => {
    const cacheDir = tempDir();
    const extract = stubExtractor();
    await loadPolicies({ cacheDir }, extract);

    await loadPolicies({ cacheDir, naming: { ...localNaming(), table: 'other-table' } }, extract);
    await loadPolicies(
      {
        cacheDir,
        taskSpecs: {
          ...taskSpecs,
          generateCertificate: { ...taskSpecs.generateCertificate, table: 'readWrite' },
        },
      },
      extract,
    );

    expect(extract).toHaveBeenCalledTimes(3);
  });

  it('synthesizes again over a torn cache file', async () => {
    const cacheDir = tempDir();
    const extract = stubExtractor();
    await loadPolicies({ cacheDir }, extract);
    const file = join(cacheDir, 'iam-policies.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));

    const loaded = await loadPolicies({ cacheDir }, extract);

    expect(loaded.source).toBe('synthesis');
    expect(extract).toHaveBeenCalledTimes(2);
  });
});

describe('policyInputsHash', () => {
  it('changes when a file under an input changes, and only then', () => {
    const root = tempDir();
    mkdirSync(join(root, 'infra', 'stacks'), { recursive: true });
    writeFileSync(join(root, 'infra', 'stacks', 'a.ts'), 'one');
    writeFileSync(join(root, 'cdk.json'), '{}');
    writeFileSync(join(root, 'unrelated.ts'), 'x');
    const hash = () => policyInputsHash(localNaming(), {}, root, ['infra', 'cdk.json']);
    const before = hash();

    writeFileSync(join(root, 'unrelated.ts'), 'y');
    const afterUnrelated = hash();
    writeFileSync(join(root, 'infra', 'stacks', 'a.ts'), 'two');
    const afterInput = hash();

    expect(afterUnrelated).toBe(before);
    expect(afterInput).not.toBe(before);
  });

  it('covers every project file the synthesized app imports', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const { metafile } = buildSync({
      entryPoints: [join(root, 'local/iam/synth.ts')],
      absWorkingDir: root,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });

    const imported = Object.keys(metafile.inputs).map((file) => relative(root, join(root, file)));
    const uncovered = imported.filter(
      (file) => !cacheInputs.some((input) => file === input || file.startsWith(`${input}/`)),
    );

    expect(imported.length).toBeGreaterThan(10);
    expect(uncovered).toEqual([]);
  });
});
