// Test tiers as vitest projects: unit (pure), asl (real state-machine files in process),
// infra (CDK assertions and cdk-nag), integration (local emulators), e2e (real browser).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Workbook and PDF tests take seconds; a shared, loaded machine can make that more than the 5 s default.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'asl', include: ['test/asl/**/*.test.ts'] } },
      { test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 120_000 } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
