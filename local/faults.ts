// At-least-once delivery as AWS practises it, on demand: the embedded runtime can deliver each event twice (at the
// same time, or later) and make a handler fail right after any of its side effects, then retry it the way Lambda
// retries an asynchronous invocation. Off by default; the at-least-once tests turn it on.
import type { CoreDeps } from '../core/use-cases/deps.ts';
import type { Logger } from '../core/use-cases/ports.ts';

export interface DeliveryFaults {
  /** Deliver no S3 event at all, as when Lambda gave up on one after its retries: only the sweep can find it. */
  dropEvents?: boolean;
  /** Deliver each S3 event a second time while the first is being handled. */
  duplicateConcurrently?: boolean;
  /** Deliver each S3 event once more this many milliseconds after the first. */
  duplicateAfterMs?: number;
  /** Fail the first attempt of each handling right after its n-th side effect (1 = the first write). */
  crashAfterSideEffect?: number;
  /** The same for one stage task: its first invocation fails after that many side effects, and the ASL retries it. */
  crashTask?: { task: string; afterSideEffect: number };
}

/** Lambda retries a failed asynchronous invocation twice before it gives up on the event. */
export const ASYNC_RETRIES = 2;

/**
 * The failure a handler sees when it dies after a side effect. Its name is one the standard Retry policy retries
 * (Lambda failing an invocation), so a stage task that crashes this way is invoked again, as on AWS.
 */
export class InjectedCrash extends Error {
  override name = 'Lambda.ServiceException';
}

type Writes = { [K in keyof CoreDeps]?: readonly string[] };

/** Every call of the ports that changes something outside the process. */
const sideEffects: Writes = {
  pilots: ['append'],
  grants: ['putGrant', 'claimGrant'],
  verifiers: ['putVerifier'],
  tables: ['putTable'],
  certificates: ['registerCertificate'],
  uploads: ['put', 'copy'],
  documents: ['put', 'copy'],
  notifier: ['send'],
  inbox: ['deliver', 'markRead'],
  runner: ['start'],
};

/** The dependencies of one attempt that fails right after its n-th side effect has taken place. */
export function crashingAfter(deps: CoreDeps, n: number): CoreDeps {
  let count = 0;
  const wrapped: Record<string, unknown> = { ...deps };
  for (const [port, methods] of Object.entries(sideEffects)) {
    const target = deps[port as keyof CoreDeps] as unknown as Record<string, (...args: unknown[]) => unknown>;
    const proxy = Object.create(target) as Record<string, unknown>;
    for (const method of methods ?? []) {
      proxy[method] = async (...args: unknown[]) => {
        const result = await target[method]!.apply(target, args);
        count += 1;
        if (count === n) throw new InjectedCrash(`Injected crash after side effect ${n} (${port}.${method})`);
        return result;
      };
    }
    wrapped[port] = proxy;
  }
  return wrapped as unknown as CoreDeps;
}

/**
 * Handles one event with retries: a failed attempt is tried again, up to Lambda's two retries; with faults on, the
 * first attempt may crash after a side effect. Resolves once the event is handled or given up (and logged).
 */
export async function handleWithRetries(
  deps: CoreDeps,
  faults: DeliveryFaults,
  logger: Logger,
  handle: (deps: CoreDeps) => Promise<void>,
): Promise<void> {
  for (let attempt = 0; attempt <= ASYNC_RETRIES; attempt++) {
    const attemptDeps =
      attempt === 0 && faults.crashAfterSideEffect ? crashingAfter(deps, faults.crashAfterSideEffect) : deps;
    try {
      await handle(attemptDeps);
      return;
    } catch (error) {
      logger.warn('Event handling failed', { attempt: attempt + 1, error: (error as Error).message });
    }
  }
  logger.error('Event dropped after its retries, as Lambda drops an asynchronous event', {});
}
