// Settings of the embedded runtime, read once from the environment with defaults that work on a fresh machine.
import { resolve } from 'node:path';
import * as z from 'zod';
import type { StageOptions } from '../infra/stages.ts';
import type { DeliveryFaults } from './faults.ts';

const envSchema = z.object({
  U4SSC_DATA_DIR: z.string().default('data'),
  U4SSC_HOST: z.string().default('127.0.0.1'),
  U4SSC_PORT: z.coerce.number().int().min(1024).max(65_000).default(4000),
  U4SSC_SWEEP_SECONDS: z.coerce.number().positive().default(60),
  U4SSC_LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
});

export interface RuntimeConfig {
  dataDir: string;
  host: string;
  /** The API and portal listen here; the emulators take the next three ports. */
  port: number;
  sweepIntervalMs: number;
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** Where the policies extracted from the synthesized app are cached; the data folder unless tests share one. */
  policyCacheDir?: string;
  /** Task specs to synthesize the app with instead of infra's own, for tests that remove a grant. */
  taskSpecs?: StageOptions['taskSpecs'];
  /** At-least-once delivery faults to start with (none by default). */
  faults?: DeliveryFaults;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = envSchema.parse(env);
  return {
    dataDir: resolve(parsed.U4SSC_DATA_DIR),
    host: parsed.U4SSC_HOST,
    port: parsed.U4SSC_PORT,
    sweepIntervalMs: parsed.U4SSC_SWEEP_SECONDS * 1000,
    logLevel: parsed.U4SSC_LOG_LEVEL,
  };
}

export const localNames = {
  region: 'us-east-1',
  tableName: 'u4ssc-local',
  buckets: { uploads: 'u4ssc-uploads', documents: 'u4ssc-documents' },
  fromAddress: 'no-reply@u4ssc.local',
  secretariatEmail: 'secretariat@u4ssc.local',
};
