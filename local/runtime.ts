// The embedded runtime: emulators, the real stage machines in process, the API, upload events and the sweeper, wired together.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { buildCoreDeps } from '../adapters/aws/core-deps.ts';
import { correlatePilotRoutes, objectLogKeys, taskLogKeys } from '../adapters/aws/log-keys.ts';
import { createLogger } from '../adapters/aws/logger.ts';
import { ReadCache } from '../adapters/aws/read-cache.ts';
import { LocalStageRunner } from '../adapters/local/local-stage-runner.ts';
import { createApi } from '../api/app.ts';
import { API_BASE_PATH } from '../api/public-routes.ts';
import { taskHandlers } from '../core/stage-tasks/index.ts';
import type { TaskName } from '../core/stage-tasks/task-names.ts';
import { type CoreDeps, deadlineDefaults, type Settings } from '../core/use-cases/deps.ts';
import { redrivePendingRuns, sweep } from '../core/use-cases/sweep.ts';
import { handleUploadedObject, recoverUnhandledUploads } from '../core/use-cases/uploads.ts';
import { taskSpecs } from '../infra/task-specs.ts';
import type { RuntimeConfig } from './config.ts';
import { defaultValidationSlots, localNames, portsFrom } from './config.ts';
import { startEmulators } from './emulators.ts';
import { crashingAfter, type DeliveryFaults, handleWithRetries } from './faults.ts';
import { assertPortFree, lockDataFolder } from './guards.ts';
import { iamAuthorizer, LocalIam, type LocalPrincipal, localPrincipals } from './iam/enforcement.ts';
import { loadPolicies } from './iam/load.ts';
import { localNaming } from './iam/naming.ts';
import { demoStaffDirectory, demoUsers, LocalIdentity } from './identity.ts';
import { lambdaResponseLimit } from './lambda-limits.ts';
import { Limiter } from './limiter.ts';

export interface Runtime {
  urls: { api: string; portal: string; inbox: string; s3: string; dynamodb: string };
  /** The API's dependencies: what the API function may reach with its own rights. */
  deps: CoreDeps;
  /** The dependencies of any function of the app, with that function's rights. */
  depsOf(principal: LocalPrincipal): CoreDeps;
  /** At-least-once delivery faults, changeable while the runtime runs (tests turn them on and off). */
  faults: DeliveryFaults;
  runner: LocalStageRunner;
  /** The queue of workbook tasks (validation and its feedback workbook). */
  validations: Limiter;
  /** Waits until no stage run or upload handling is in flight. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

function persistentSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export async function startRuntime(config: RuntimeConfig): Promise<Runtime> {
  const { host, port } = config;
  const ports = portsFrom(port);
  const unlock = lockDataFolder(config.dataDir);
  try {
    for (const [what, p] of Object.entries(ports)) await assertPortFree(p, host, what);
  } catch (error) {
    unlock();
    throw error;
  }
  const logger = createLogger('u4ssc-local', config.logLevel);
  const apiUrl = `http://${host}:${ports.api}`;
  // Each function of the app gets the rights its role has on AWS, read from the synthesized CDK app.
  const { policies } = await loadPolicies({
    cacheDir: config.policyCacheDir ?? config.dataDir,
    taskSpecs: config.taskSpecs,
  });
  const iam = new LocalIam(policies, localNaming());
  // The portal is served from the API's origin, so that is the one origin whose pages may call the buckets.
  const emulators = await startEmulators({
    dataDir: config.dataDir,
    host,
    ports,
    ...localNames,
    corsOrigins: [apiUrl],
    authorize: iamAuthorizer(policies),
    principals: localPrincipals,
  });
  const settings: Settings = {
    secretariatEmail: localNames.secretariatEmail,
    portalUrl: apiUrl,
    templateSigningKey: persistentSecret(config.dataDir, 'template-signing-key'),
    maxUploadBytes: 20 * 1024 * 1024,
    uploadLinkSeconds: 900,
    ...deadlineDefaults,
  };

  // Each task runs as its own function, within the keys its payload names, as functions/task.ts does on Lambda; a
  // run no Catch saw is recorded as functions/execution-failed.ts records it there.
  const faults: DeliveryFaults = config.faults ?? {};
  const crashedOnce = new Set<string>();
  /** With a task fault on, the first invocation of that task in each run dies after its side effect. */
  const taskDeps = (task: LocalPrincipal, payload: unknown) => {
    const deps = depsOf(task);
    const { executionName } = taskLogKeys(payload);
    if (faults.crashTask?.task !== task || crashedOnce.has(`${executionName}/${task}`)) return deps;
    crashedOnce.add(`${executionName}/${task}`);
    return crashingAfter(deps, faults.crashTask.afterSideEffect);
  };
  // The tasks AWS bounds by reserved concurrency share one queue here: every workbook open in this process is held
  // in its one heap, so parallel uploads would otherwise add up (8 of 8 MB took it to 1.6–2.3 GB).
  const specs = config.taskSpecs ?? taskSpecs;
  const workbookTasks = new Set(
    Object.entries(specs).flatMap(([task, spec]) => (spec.reservedConcurrency ? [task as TaskName] : [])),
  );
  const validations = new Limiter(config.validationSlots ?? defaultValidationSlots());
  const handlers = config.taskHandlers ?? taskHandlers;
  const runner = new LocalStageRunner(
    (task, payload, machine) => {
      if (machine) iam.assertMayInvoke(machine, task);
      const deps = machine ? taskDeps(task, payload) : depsOf('execution-failed');
      return logger.withKeys(taskLogKeys(payload), () => handlers[task](deps, payload));
    },
    logger,
    (task) => (workbookTasks.has(task) ? validations : undefined),
  );
  // The issuer e-mails its invitations through the API's notifier, as Cognito does through SES.
  const identity = new LocalIdentity(config.dataDir, {
    notifier: { send: (message) => depsOf('api').notifier.send(message) },
    portalUrl: settings.portalUrl,
  });
  const depsByPrincipal = new Map<LocalPrincipal, CoreDeps>();
  // One process: any function's write here clears the board pages every other function's store has read.
  const readCache = new ReadCache();
  /** The domain's dependencies as one function of the app has them: its own credentials, its own rights. */
  function depsOf(principal: LocalPrincipal): CoreDeps {
    let deps = depsByPrincipal.get(principal);
    if (!deps) {
      const endpoints = emulators.endpoints;
      deps = buildCoreDeps(
        {
          ...localNames,
          local: {
            endpoints: { dynamodb: endpoints.dynamodb, s3: endpoints.s3, ses: endpoints.mail },
            credentials: emulators.registry.credentialsOf(principal),
          },
          readCache,
        },
        { runner: iam.runnerFor(principal, runner), logger, settings, signInAccounts: identity },
      );
      depsByPrincipal.set(principal, deps);
    }
    return deps;
  }
  const deps = depsOf('api');

  const uploadsInFlight = new Set<Promise<unknown>>();
  emulators.onS3Event((event) => {
    for (const record of event.Records) {
      if (
        record.s3.bucket.name !== localNames.buckets.uploads ||
        !record.eventName.startsWith('ObjectCreated')
      )
        continue;
      const key = record.s3.object.key;
      const deliver = () => {
        const handling = logger
          .withKeys(objectLogKeys(key), () =>
            handleWithRetries(depsOf('upload-event'), faults, logger, async (deps) => {
              logger.info('Upload handled', { key, ...(await handleUploadedObject(deps, key)) });
            }),
          )
          .finally(() => uploadsInFlight.delete(handling));
        uploadsInFlight.add(handling);
      };
      if (faults.dropEvents) continue;
      deliver();
      if (faults.duplicateConcurrently) deliver();
      if (faults.duplicateAfterMs !== undefined) {
        const later = new Promise<void>((resolve) => setTimeout(resolve, faults.duplicateAfterMs)).then(
          deliver,
        );
        uploadsInFlight.add(later);
        void later.finally(() => uploadsInFlight.delete(later));
      }
    }
  });

  const app = new Hono();
  correlatePilotRoutes(app, API_BASE_PATH, logger);
  app.use(`${API_BASE_PATH}/*`, lambdaResponseLimit(logger));
  app.route('/', createApi(deps, identity.authenticate));
  (await import('./portal-static.ts')).servePortal(app);
  app.post('/local-auth/token', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { username?: string; password?: string };
    try {
      return c.json({
        token: await identity.signIn(String(body.username ?? ''), String(body.password ?? '')),
      });
    } catch (error) {
      return c.json({ error: { code: 'unauthenticated', message: (error as Error).message } }, 401);
    }
  });
  app.get('/local-auth/users', (c) =>
    c.json({ users: demoUsers.map((u) => ({ username: u.username, ...u.claims })) }),
  );
  const server = serve({ fetch: app.fetch, port: ports.api, hostname: host }) as Server;

  if ((await deps.tables.currentTable('staff')) === undefined)
    await deps.tables.putTable('staff', demoStaffDirectory(deps.clock.now().toISOString()));
  const recovered = await redrivePendingRuns(depsOf('sweeper'));
  if (recovered) logger.info('Re-drove stage runs left pending by the last stop', { count: recovered });
  const missedUploads = await recoverUnhandledUploads(depsOf('upload-event'));
  if (missedUploads.length)
    logger.info('Handled uploads that arrived without an event', { outcomes: missedUploads });
  const sweeper = setInterval(() => {
    sweep(depsOf('sweeper'), 60_000).catch((error: Error) =>
      logger.error('Sweep failed', { error: error.message }),
    );
  }, config.sweepIntervalMs);
  sweeper.unref();

  const idle = async () => {
    while (uploadsInFlight.size > 0) await Promise.all([...uploadsInFlight]);
    await runner.idle();
    if (uploadsInFlight.size > 0) await idle();
  };

  return {
    urls: {
      api: `${apiUrl}/api`,
      portal: apiUrl,
      inbox: emulators.endpoints.mail,
      s3: emulators.endpoints.s3,
      dynamodb: emulators.endpoints.dynamodb,
    },
    deps,
    depsOf,
    faults,
    runner,
    validations,
    idle,
    async stop() {
      clearInterval(sweeper);
      // Uploads being handled finish first: each is a few S3 and DynamoDB calls, and cutting one short strands it.
      await Promise.allSettled([...uploadsInFlight]);
      runner.abortAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulators.stop();
      unlock();
    },
  };
}
