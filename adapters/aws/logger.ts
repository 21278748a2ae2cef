// One place that creates the Powertools logger and adapts it to the domain's Logger port, with correlation keys.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../../core/use-cases/ports.ts';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

/** What lets one pilot be followed across the API, the stage tasks, upload handling and the sweeper. */
export interface LogKeys {
  pilotId?: string;
  executionName?: string;
}

export interface AppLogger extends Logger {
  /**
   * Runs work with these keys on every line logged until it settles, however deep the call, over the keys of an
   * enclosing scope. They live in the async context, not on the logger: Powertools' appendKeys would share them with
   * everything the process does meanwhile, and the embedded runtime serves requests and runs stages concurrently in
   * one process (Powertools isolates keys per invocation only on Lambda's concurrent runtime). So a key can neither
   * outlive its work nor reach a neighbour's lines.
   */
  withKeys<T>(keys: LogKeys, work: () => Promise<T>): Promise<T>;
}

const definedOnly = (keys: LogKeys): LogKeys =>
  Object.fromEntries(Object.entries(keys).filter(([, value]) => value !== undefined));

/** The service name comes from POWERTOOLS_SERVICE_NAME when set (Lambda), else from the caller. */
export function createLogger(defaultServiceName: string, logLevel: LogLevel = 'INFO'): AppLogger {
  const serviceName = process.env.POWERTOOLS_SERVICE_NAME ?? defaultServiceName;
  const powertools = new PowertoolsLogger({ serviceName, logLevel });
  const scope = new AsyncLocalStorage<LogKeys>();
  const level =
    (method: 'info' | 'warn' | 'error') =>
    (message: string, extra?: Record<string, unknown>): void =>
      powertools[method](message, { ...scope.getStore(), ...extra });
  return {
    info: level('info'),
    warn: level('warn'),
    error: level('error'),
    withKeys: (keys, work) => scope.run({ ...scope.getStore(), ...definedOnly(keys) }, work),
  };
}
