import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartupError } from '../../local/guards.ts';
import type { Runtime } from '../../local/runtime.ts';
import { startTestRuntime, tempDataDir, testPort } from '../support/runtime.ts';

const dataDir = tempDataDir();
const port = testPort();
let runtime: Runtime;

beforeAll(async () => {
  runtime = await startTestRuntime(dataDir, port);
});
afterAll(async () => {
  await runtime.stop();
});

describe('starting the embedded runtime', () => {
  it('refuses a second instance on the same data folder with a clear message', async () => {
    const second = startTestRuntime(dataDir, testPort());

    await expect(second).rejects.toThrow(StartupError);
    await expect(second).rejects.toThrow(/is used by another running instance/);
  });

  it('refuses a port that is in use with a clear message, leaving the data folder free', async () => {
    const otherDir = tempDataDir();

    await expect(startTestRuntime(otherDir, port)).rejects.toThrow(/Port \d+ \(api\) is already in use/);
    const retried = await startTestRuntime(otherDir, testPort());
    await retried.stop();
  });
});
