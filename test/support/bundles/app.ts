// The deployed app run from its Lambda bundles: every function built as CDK builds it and run in processes of its
// own, behind API Gateway's front, Step Functions, EventBridge and Secrets Manager stand-ins, against the emulators
// behind the AWS gateway, each call held to the IAM policy the synthesized app gives its caller.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleLambda } from '../../../infra/bundling.ts';
import type { Credentials } from '../../../local/aws-gateway/credentials.ts';
import { localNames } from '../../../local/config.ts';
import { startEmulators } from '../../../local/emulators.ts';
import { iamAuthorizer, LocalIam, localPrincipals } from '../../../local/iam/enforcement.ts';
import type { FunctionSettings } from '../../../local/iam/functions.ts';
import { loadPolicies } from '../../../local/iam/load.ts';
import { localNaming } from '../../../local/iam/naming.ts';
import type { PrincipalPolicies } from '../../../local/iam/policy.ts';
import { LocalIdentity } from '../../../local/identity.ts';
import { testPolicyCacheDir } from '../runtime.ts';
import { startApiFront } from './api-front.ts';
import { EventBus } from './event-bus.ts';
import { type HostedFunction, LambdaHost } from './lambda-host.ts';
import { publishObjectsCreated } from './s3-events.ts';
import { startSecretsManager } from './secrets-manager.ts';
import { type StepFunctions, startStepFunctions } from './step-functions.ts';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const LOOPBACK = '127.0.0.1';

export interface BundledApp {
  /** `portal` is the API front's origin (what the API client and PORTAL_URL name), `inbox` the mail catcher's. */
  urls: { portal: string; inbox: string };
  /** The functions built, by principal name. */
  functions: string[];
  /** The policies the synthesized app gives each principal. */
  policies: PrincipalPolicies;
  /** The keys a principal signs with. */
  credentialsOf(principal: string): Credentials;
  host: LambdaHost;
  bus: EventBus;
  stepFunctions: StepFunctions;
  /** The template signing key Secrets Manager holds. */
  signingKey: string;
  /** How long building the bundles took. */
  bundlingMs: number;
  /** Puts other policies in force for every later call, as changing the roles' policies on AWS would. */
  usePolicies(policies: PrincipalPolicies): void;
  /** Resolves when no execution runs and no event awaits its delivery. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds each function's code asset as CDK does, into a folder of its own outside the repository. */
function buildBundles(
  functions: Record<string, FunctionSettings>,
  dir: string,
): Record<string, HostedFunction> {
  return Object.fromEntries(
    Object.entries(functions).map(([name, fn]) => {
      const taskRoot = join(dir, name);
      bundleLambda(join(projectRoot, fn.code.entry), taskRoot, fn.code.needs);
      return [name, { ...fn, taskRoot }];
    }),
  );
}

/** Starts the app on `port` (the API front) and the three ports after it (the gateway's). */
export async function startBundledApp(dataDir: string, port: number): Promise<BundledApp> {
  const naming = localNaming();
  const { policies, functions } = await loadPolicies({ cacheDir: testPolicyCacheDir, naming });
  // Under the system's temporary folder: no node_modules above it, so a bundle reaches only its own files.
  const bundleDir = mkdtempSync(join(tmpdir(), 'u4ssc-bundles-'));
  const bundlingStarted = performance.now();
  const hosted = buildBundles(functions, bundleDir);
  const bundlingMs = performance.now() - bundlingStarted;

  let iam = new LocalIam(policies, naming);
  let authorize = iamAuthorizer(policies);
  const emulators = await startEmulators({
    dataDir,
    host: LOOPBACK,
    ports: { dynamodb: port + 1, s3: port + 2, mail: port + 3 },
    ...localNames,
    authorize: (request) => authorize(request),
    principals: localPrincipals,
  });
  const signingKey = randomBytes(32).toString('hex');
  const rules = Object.entries(functions).flatMap(([target, fn]) =>
    fn.eventPatterns.map((pattern) => ({ target, pattern })),
  );
  // The host is made last (it needs every endpoint); the others reach it only once requests arrive.
  let host: LambdaHost | undefined;
  const invoke = async (name: string, event: unknown) => {
    if (!host) throw new Error('The Lambda host is not running');
    return host.invoke(name, event);
  };
  const bus = new EventBus(rules, invoke, naming);
  const [secrets, stepFunctions] = await Promise.all([
    startSecretsManager({ registry: emulators.registry, naming, iam: () => iam, signingKey }),
    startStepFunctions({
      registry: emulators.registry,
      naming,
      iam: () => iam,
      invoke,
      events: bus,
      retryIntervalMs: 200,
    }),
  ]);
  emulators.onS3Event(publishObjectsCreated(bus, naming.buckets.uploads, naming.account));
  const front = await startApiFront({
    host: LOOPBACK,
    port,
    identity: new LocalIdentity(dataDir),
    invoke: (event) => invoke('api', event),
  });
  host = new LambdaHost({
    functions: hosted,
    registry: emulators.registry,
    naming,
    endpoints: {
      dynamodb: emulators.endpoints.dynamodb,
      s3: emulators.endpoints.s3,
      sesv2: emulators.endpoints.mail,
      sfn: stepFunctions.url,
      secretsManager: secrets.url,
    },
    runTime: { PORTAL_URL: front.url },
  });
  const lambdas = host;

  return {
    urls: { portal: front.url, inbox: emulators.endpoints.mail },
    functions: Object.keys(hosted),
    policies,
    credentialsOf: (principal) => emulators.registry.credentialsOf(principal),
    host: lambdas,
    bus,
    stepFunctions,
    signingKey,
    bundlingMs,
    usePolicies(next) {
      iam = new LocalIam(next, naming);
      authorize = iamAuthorizer(next);
    },
    async idle() {
      do {
        await stepFunctions.idle();
        await bus.idle();
      } while (stepFunctions.busy || bus.busy);
    },
    async stop() {
      await front.stop();
      await stepFunctions.stop();
      await bus.idle();
      lambdas.stop();
      await secrets.stop();
      await emulators.stop();
      rmSync(bundleDir, { recursive: true, force: true });
    },
  };
}
