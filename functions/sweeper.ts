// Lambda entry for the scheduled sweep: deadline reminders and re-driving stage runs left pending.
import { sweep } from '../core/use-cases/sweep.ts';
import { deps, logger } from './composition.ts';

const REDRIVE_AFTER_MS = 15 * 60_000;

export async function handler() {
  const report = await sweep(deps, REDRIVE_AFTER_MS);
  logger.info('Sweep done', { ...report });
  return report;
}
