// One place that creates the Powertools logger and adapts it to the domain's Logger port.
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../../core/use-cases/ports.ts';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

/** The service name comes from POWERTOOLS_SERVICE_NAME when set (Lambda), else from the caller. */
export function createLogger(
  defaultServiceName: string,
  logLevel: LogLevel = 'INFO',
): Logger & { powertools: PowertoolsLogger } {
  const serviceName = process.env.POWERTOOLS_SERVICE_NAME ?? defaultServiceName;
  const powertools = new PowertoolsLogger({ serviceName, logLevel });
  const level =
    (method: 'info' | 'warn' | 'error') =>
    (message: string, extra?: Record<string, unknown>): void =>
      extra ? powertools[method](message, extra) : powertools[method](message);
  return { powertools, info: level('info'), warn: level('warn'), error: level('error') };
}
