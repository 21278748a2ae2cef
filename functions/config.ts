// Lambda configuration read once at cold start; a missing variable fails the function immediately, not mid-request.
import * as z from 'zod';
import { lockModeSchema } from '../adapters/aws/object-lock.ts';
import { stageMachineNames } from '../core/lifecycle/stages.ts';

const envSchema = z.object({
  AWS_REGION: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  UPLOADS_BUCKET: z.string().min(1),
  DOCUMENTS_BUCKET: z.string().min(1),
  FROM_ADDRESS: z.string().min(3),
  SECRETARIAT_EMAIL: z.string().min(3),
  PORTAL_URL: z.url(),
  /** The key itself, for running a function outside AWS (benchmarks); deployed functions name the secret instead. */
  TEMPLATE_SIGNING_KEY: z.string().min(16).optional(),
  /** Secrets Manager secret holding the key; set only on the functions that sign or check templates. */
  TEMPLATE_SIGNING_KEY_SECRET: z.string().min(1).optional(),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** JSON object: stage machine name -> ARN. Only the functions that start stages need it. */
  STATE_MACHINE_ARNS: z
    .string()
    .default('{}')
    .transform((s) => z.partialRecord(z.enum(stageMachineNames), z.string()).parse(JSON.parse(s))),
  /** The stage's Object Lock retention for the copies that lock what they store; absent outside a stage. */
  OBJECT_LOCK_MODE: lockModeSchema.optional(),
  OBJECT_LOCK_DAYS: z.coerce.number().int().positive().optional(),
  /** The Cognito user pool whose accounts the secretariat manages; set only on the API function. */
  USER_POOL_ID: z.string().min(1).optional(),
  POWERTOOLS_LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
});

export type LambdaConfig = z.infer<typeof envSchema>;

export function lambdaConfig(env: NodeJS.ProcessEnv = process.env): LambdaConfig {
  return envSchema.parse(env);
}
