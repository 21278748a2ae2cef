// Settings of the embedded runtime, read once from the environment with defaults that work on a fresh machine.
import { availableParallelism, totalmem } from 'node:os';
import { resolve } from 'node:path';
import * as z from 'zod';
import { objectLockRetention } from '../adapters/aws/object-lock.ts';
import type { TaskHandler } from '../core/stage-tasks/index.ts';
import type { TaskName } from '../core/stage-tasks/task-names.ts';
import type { StageOptions } from '../infra/stages.ts';
import type { DeliveryFaults } from './faults.ts';

const envSchema = z.object({
  U4SSC_DATA_DIR: z.string().default('data'),
  U4SSC_HOST: z.string().default('127.0.0.1'),
  U4SSC_PORT: z.coerce.number().int().min(1024).max(65_000).default(4000),
  U4SSC_SWEEP_SECONDS: z.coerce.number().positive().default(60),
  U4SSC_LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
  U4SSC_VALIDATION_SLOTS: z.coerce.number().int().min(1).max(64).optional(),
});

/** What one workbook task may take at the 20 MB upload limit (an 8 MB workbook peaked at ~180 MB in exceljs). */
const SLOT_MEMORY_BYTES = 512 * 1024 * 1024;

/**
 * Workbook tasks allowed at once by default. They are CPU-bound on the process's one event loop, so slots buy little
 * speed and cost a workbook of memory each: 8 slots finished 8 parallel 8 MB uploads in 71 s at 1.6 GB, 2 slots in
 * 94 s at 750 MB (docs/performance.md). A quarter of the machine's memory caps them on a small machine.
 */
export function defaultValidationSlots(cores = availableParallelism(), memoryBytes = totalmem()): number {
  return Math.max(1, Math.min(2, cores, Math.floor(memoryBytes / 4 / SLOT_MEMORY_BYTES)));
}

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
  /**
   * Workbook tasks (validation and its feedback workbook) run at once; the rest queue in arrival order. On AWS the
   * functions' reserved concurrency bounds them instead (infra/task-specs.ts).
   */
  validationSlots?: number;
  /** Handlers to run the tasks with instead of the domain's own, for tests that observe them. */
  taskHandlers?: Record<TaskName, TaskHandler>;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = envSchema.parse(env);
  return {
    dataDir: resolve(parsed.U4SSC_DATA_DIR),
    host: parsed.U4SSC_HOST,
    port: parsed.U4SSC_PORT,
    sweepIntervalMs: parsed.U4SSC_SWEEP_SECONDS * 1000,
    logLevel: parsed.U4SSC_LOG_LEVEL,
    validationSlots: parsed.U4SSC_VALIDATION_SLOTS ?? defaultValidationSlots(),
  };
}

export const localNames = {
  region: 'us-east-1',
  tableName: 'u4ssc-local',
  buckets: { uploads: 'u4ssc-uploads', documents: 'u4ssc-documents' },
  fromAddress: 'no-reply@u4ssc.local',
  secretariatEmail: 'secretariat@u4ssc.local',
  /** As a dev stage locks its buckets (adapters/aws/object-lock.ts). */
  objectLock: objectLockRetention('dev'),
};

/** The ports the runtime takes from its base port: the API and portal on it, the emulators right after it. */
export const portsFrom = (port: number) => ({ api: port, dynamodb: port + 1, s3: port + 2, mail: port + 3 });
