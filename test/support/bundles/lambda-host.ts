// Runs the app's Lambda bundles as Lambda runs them: each function in warm Node processes of its own, forked in its
// bundle folder with no node_modules in reach, with the environment the synthesized app gives it and its own keys.
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import type { CredentialsRegistry } from '../../../local/aws-gateway/credentials.ts';
import type { FunctionSettings } from '../../../local/iam/functions.ts';
import { type LocalNaming, localArns } from '../../../local/iam/naming.ts';

const WORKER = fileURLToPath(new URL('./lambda-worker.mjs', import.meta.url));
/** Enough of a crashed process's output to say why it died. */
const OUTPUT_TAIL = 8 * 1024;

/** A function error as Lambda reports it (the Node runtime's errorType, errorMessage, trace). */
export interface FunctionError {
  errorType: string;
  errorMessage: string;
  trace: string[];
}
export type Invocation = { result: unknown } | { error: FunctionError };

/** The worker's answer; an error answer is tried first, since `result` may be anything, even absent. */
const answerSchema = z.union([
  z.object({
    id: z.string(),
    error: z.object({ errorType: z.string(), errorMessage: z.string(), trace: z.array(z.string()) }),
  }),
  z.object({ id: z.string(), result: z.unknown() }),
]);

/** Where the functions' SDK clients are sent: the SDK reads AWS_ENDPOINT_URL_<service id>. */
export interface ServiceEndpoints {
  dynamodb: string;
  s3: string;
  sesv2: string;
  sfn: string;
  secretsManager: string;
}

export interface HostedFunction extends FunctionSettings {
  /** The bundle's folder: what Lambda unpacks the code asset into. */
  taskRoot: string;
}

export interface LambdaHostConfig {
  functions: Record<string, HostedFunction>;
  registry: CredentialsRegistry;
  naming: LocalNaming;
  endpoints: ServiceEndpoints;
  /** The values of the variables the templates leave to run time (PORTAL_URL). */
  runTime: Record<string, string>;
}

/** One execution environment: a process that runs one invocation at a time. */
class Instance {
  private readonly child: ChildProcess;
  private output = '';
  private current?: { id: string; settle: (outcome: Invocation) => void };
  alive = true;

  constructor(
    private readonly fn: HostedFunction,
    env: Record<string, string>,
  ) {
    // execArgv [] keeps the test runner's loaders and flags out: the bundle must stand alone.
    this.child = fork(WORKER, [], {
      cwd: fn.taskRoot,
      env,
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.child.on('message', (message) => {
      const { id, ...outcome } = answerSchema.parse(message);
      if (id === this.current?.id) this.current.settle(outcome);
    });
    this.child.on('exit', (code, signal) => {
      this.alive = false;
      this.current?.settle(
        this.failure('Runtime.ExitError', `Runtime exited with error: ${signal ?? `exit status ${code}`}`),
      );
    });
  }

  private failure(errorType: string, message: string): Invocation {
    const id = this.current?.id ?? '';
    return {
      error: { errorType, errorMessage: `RequestId: ${id} Error: ${message}\n${this.output}`, trace: [] },
    };
  }

  invoke(event: unknown, context: Record<string, unknown>): Promise<Invocation> {
    const id = randomUUID();
    const timeoutMs = this.fn.timeoutSeconds * 1000;
    return new Promise<Invocation>((resolve) => {
      const timer = setTimeout(() => {
        // Lambda stops an environment whose invocation outlives the function's timeout.
        this.current?.settle(
          this.failure(
            'Sandbox.Timedout',
            `Task timed out after ${this.fn.timeoutSeconds.toFixed(2)} seconds`,
          ),
        );
        this.stop();
      }, timeoutMs);
      this.current = {
        id,
        settle: (outcome) => {
          clearTimeout(timer);
          this.current = undefined;
          resolve(outcome);
        },
      };
      this.child.send({
        id,
        event,
        context: { ...context, awsRequestId: id },
        deadlineMs: Date.now() + timeoutMs,
      });
    });
  }

  stop(): void {
    this.alive = false;
    this.child.kill();
  }
}

export class LambdaHost {
  private readonly idle = new Map<string, Instance[]>();
  private readonly instances = new Set<Instance>();
  private readonly arns: ReturnType<typeof localArns>;
  /** Invocations per function, the failed ones included. */
  readonly invocations = new Map<string, number>();

  constructor(private readonly config: LambdaHostConfig) {
    this.arns = localArns(config.naming);
    for (const [name, fn] of Object.entries(config.functions)) {
      const missing = fn.givenAtRunTime.filter((variable) => config.runTime[variable] === undefined);
      if (missing.length) throw new Error(`${name} needs ${missing.join(', ')} at run time`);
    }
  }

  private settingsOf(name: string): HostedFunction {
    const fn = this.config.functions[name];
    if (!fn) throw new Error(`The synthesized app has no function ${name}`);
    return fn;
  }

  /** The variables Lambda sets, the function's own from the template, its credentials and the local endpoints. */
  private environmentOf(name: string, fn: HostedFunction): Record<string, string> {
    const { naming, endpoints, registry, runTime } = this.config;
    const credentials = registry.credentialsOf(name);
    return {
      PATH: process.env.PATH ?? '',
      TZ: ':UTC',
      ...fn.environment,
      ...Object.fromEntries(fn.givenAtRunTime.map((variable) => [variable, runTime[variable] ?? ''])),
      AWS_REGION: naming.region,
      AWS_DEFAULT_REGION: naming.region,
      AWS_LAMBDA_FUNCTION_NAME: `${naming.functionPrefix}${name}`,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
      LAMBDA_TASK_ROOT: fn.taskRoot,
      _HANDLER: fn.handler,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
      AWS_ENDPOINT_URL_S3: endpoints.s3,
      AWS_ENDPOINT_URL_SESV2: endpoints.sesv2,
      AWS_ENDPOINT_URL_SFN: endpoints.sfn,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: endpoints.secretsManager,
    };
  }

  /** Runs the function's handler on the event in an idle environment, or a new one (a cold start) if all are busy. */
  async invoke(name: string, event: unknown): Promise<Invocation> {
    const fn = this.settingsOf(name);
    this.invocations.set(name, (this.invocations.get(name) ?? 0) + 1);
    const instance = this.idle.get(name)?.pop() ?? new Instance(fn, this.environmentOf(name, fn));
    this.instances.add(instance);
    const context = {
      functionName: `${this.config.naming.functionPrefix}${name}`,
      functionVersion: '$LATEST',
      invokedFunctionArn: this.arns.function(name),
      memoryLimitInMB: String(fn.memoryMb),
    };
    try {
      return await instance.invoke(event, context);
    } finally {
      if (instance.alive) this.idle.set(name, [...(this.idle.get(name) ?? []), instance]);
      else this.instances.delete(instance);
    }
  }

  stop(): void {
    for (const instance of this.instances) instance.stop();
    this.instances.clear();
    this.idle.clear();
  }
}
