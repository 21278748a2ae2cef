// Starts the real embedded runtime on free ports in a temporary data folder, for integration and browser tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuntimeConfig } from '../../local/config.ts';
import { type Runtime, startRuntime } from '../../local/runtime.ts';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'u4ssc-test-'));
}

/**
 * A base port per test file (four consecutive ports are used), spread to avoid clashes between files. The range
 * stays below Linux's ephemeral ports (32768 and up): an outgoing connection can hold any of those at any moment,
 * and a listener picked there failed CI once with EADDRINUSE.
 */
export function testPort(): number {
  return 10_000 + Math.floor(Math.random() * 5_600) * 4;
}

/** Shared by every test runtime, so the app is synthesized once for its policies, not once per test file. */
export const testPolicyCacheDir = join(tmpdir(), 'u4ssc-test-iam-policies');

export function startTestRuntime(
  dataDir: string,
  port = testPort(),
  options: Pick<RuntimeConfig, 'taskSpecs' | 'faults' | 'validationSlots' | 'taskHandlers'> = {},
): Promise<Runtime> {
  return startRuntime({
    dataDir,
    host: '127.0.0.1',
    port,
    sweepIntervalMs: 3_600_000,
    logLevel: 'SILENT',
    policyCacheDir: testPolicyCacheDir,
    ...options,
  });
}
