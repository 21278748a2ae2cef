// Builds the domain's dependencies from AWS SDK clients; both composition roots (Lambda and local) call this.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { CoreDeps, Settings } from '../../core/use-cases/deps.ts';
import type { SignInAccounts, StageRunner } from '../../core/use-cases/ports.ts';
import { correlatedPilots, correlatedRunner } from './correlated-ports.ts';
import { DynamoEditions } from './dynamo-editions.ts';
import { DynamoInbox } from './dynamo-inbox.ts';
import { DynamoStore } from './dynamo-store.ts';
import type { AppLogger } from './logger.ts';
import { isLockedUploadKey, type ObjectLockRetention } from './object-lock.ts';
import type { ReadCache } from './read-cache.ts';
import { S3ObjectStore } from './s3-object-store.ts';
import { SesNotifier } from './ses-notifier.ts';

export interface AwsWiring {
  region: string;
  /**
   * Set only for the embedded runtime, which points the real SDK clients at the local AWS gateway, signing with
   * credentials from the gateway's registry. On AWS both come from the Lambda environment.
   */
  local?: {
    endpoints: { dynamodb: string; s3: string; ses: string };
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
  tableName: string;
  buckets: { uploads: string; documents: string };
  fromAddress: string;
  /** The Cognito user pool the secretariat's account management acts on; set on the API function only. */
  userPoolId?: string;
  /** The retention the stored copies of submissions get; absent outside a stage (benchmarks). */
  objectLock?: ObjectLockRetention;
  /** The process's board read cache, shared by every store the process builds (adapters/aws/read-cache.ts). */
  readCache?: ReadCache;
}

function createClients(wiring: AwsWiring) {
  const local = wiring.local?.endpoints;
  const common = {
    region: wiring.region,
    ...(wiring.local ? { credentials: wiring.local.credentials } : {}),
  };
  return {
    dynamodb: new DynamoDBClient({ ...common, ...(local ? { endpoint: local.dynamodb } : {}) }),
    // Checksums only when required: s3rver stores aws-chunked framing verbatim, and presigned URLs must not pin an empty-body checksum.
    s3: new S3Client({
      ...common,
      ...(local ? { endpoint: local.s3, forcePathStyle: true } : {}),
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
    /** Configuration only: the notifier loads the SES client when it first sends. */
    ses: { ...common, ...(local ? { endpoint: local.ses } : {}) },
  };
}

/** Cognito's client is loaded when the secretariat first manages an account, so no other call pays for it. */
function cognitoAccounts(wiring: AwsWiring): SignInAccounts {
  let loaded: Promise<SignInAccounts> | undefined;
  const adapter = () =>
    (loaded ??= (async () => {
      const [{ CognitoIdentityProviderClient }, { CognitoAccounts }] = await Promise.all([
        import('@aws-sdk/client-cognito-identity-provider'),
        import('./cognito-accounts.ts'),
      ]);
      return new CognitoAccounts(
        new CognitoIdentityProviderClient({ region: wiring.region }),
        wiring.userPoolId,
      );
    })());
  return {
    invite: async (invitation) => (await adapter()).invite(invitation),
    disable: async (userId) => (await adapter()).disable(userId),
    enable: async (userId) => (await adapter()).enable(userId),
  };
}

export function buildCoreDeps(
  wiring: AwsWiring,
  parts: {
    runner: StageRunner;
    settings: Settings;
    logger: AppLogger;
    clock?: CoreDeps['clock'];
    /** The embedded runtime's own issuer; on AWS, Cognito. */
    signInAccounts?: SignInAccounts;
  },
): CoreDeps {
  const clients = createClients(wiring);
  const store = new DynamoStore(clients.dynamodb, wiring.tableName, wiring.readCache);
  return {
    pilots: correlatedPilots(store, parts.logger),
    grants: store,
    verifiers: store,
    tables: store,
    certificates: store,
    editions: new DynamoEditions(clients.dynamodb, wiring.tableName),
    signInAccounts: parts.signInAccounts ?? cognitoAccounts(wiring),
    uploads: new S3ObjectStore(
      clients.s3,
      wiring.buckets.uploads,
      wiring.objectLock && { ...wiring.objectLock, accepts: isLockedUploadKey },
    ),
    documents: new S3ObjectStore(clients.s3, wiring.buckets.documents),
    notifier: new SesNotifier(clients.ses, wiring.fromAddress),
    inbox: new DynamoInbox(clients.dynamodb, wiring.tableName),
    runner: correlatedRunner(parts.runner, parts.logger),
    clock: parts.clock ?? { now: () => new Date() },
    settings: parts.settings,
    logger: parts.logger,
  };
}
