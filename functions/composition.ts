// The Lambda composition root: real AWS clients, Step Functions as the stage runner, built once per cold start.
import './bundled-fonts.ts';
import { buildCoreDeps } from '../adapters/aws/core-deps.ts';
import { createLogger } from '../adapters/aws/logger.ts';
import { ReadCache } from '../adapters/aws/read-cache.ts';
import { SfnStageRunner } from '../adapters/aws/sfn-stage-runner.ts';
import { type StageMachineName, stageMachineNames } from '../core/lifecycle/stages.ts';
import { deadlineDefaults } from '../core/use-cases/deps.ts';
import type { StageRun, StageRunner } from '../core/use-cases/ports.ts';
import { lambdaConfig } from './config.ts';
import { loadTemplateSigningKey, requireKey } from './signing-key.ts';

const config = lambdaConfig();
export const logger = createLogger('u4ssc', config.POWERTOOLS_LOG_LEVEL);

const machineArns = config.STATE_MACHINE_ARNS;
const runner: StageRunner = stageMachineNames.every((m) => machineArns[m])
  ? new SfnStageRunner({ region: config.AWS_REGION }, machineArns as Record<StageMachineName, string>)
  : {
      // Task functions never start stages; reaching this is a wiring bug worth failing loudly.
      start: async (run: StageRun) => {
        throw new Error(`This function has no STATE_MACHINE_ARNS and cannot start ${run.machine}`);
      },
    };

// Top-level await: the key is fetched during the cold start, before the first event, never per request.
const signingKey = requireKey(await loadTemplateSigningKey(config));

export const deps = buildCoreDeps(
  {
    region: config.AWS_REGION,
    tableName: config.TABLE_NAME,
    buckets: { uploads: config.UPLOADS_BUCKET, documents: config.DOCUMENTS_BUCKET },
    fromAddress: config.FROM_ADDRESS,
    readCache: new ReadCache(),
    userPoolId: config.USER_POOL_ID,
    ...(config.OBJECT_LOCK_MODE &&
      config.OBJECT_LOCK_DAYS && {
        objectLock: { mode: config.OBJECT_LOCK_MODE, days: config.OBJECT_LOCK_DAYS },
      }),
  },
  {
    runner,
    logger,
    settings: {
      secretariatEmail: config.SECRETARIAT_EMAIL,
      portalUrl: config.PORTAL_URL,
      get templateSigningKey() {
        return signingKey();
      },
      maxUploadBytes: config.MAX_UPLOAD_BYTES,
      uploadLinkSeconds: 900,
      ...deadlineDefaults,
    },
  },
);
