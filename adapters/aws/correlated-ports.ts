// The ports every change to a pilot passes through, decorated to log it with the pilot's keys: each recorded event
// and each stage run requested, whichever entry or use case made it (the sweeper's reminders and re-drives too).
import type { Logger, PilotRepository, StageRunner } from '../../core/use-cases/ports.ts';
import { runLogKeys } from './log-keys.ts';
import type { AppLogger } from './logger.ts';

export function correlatedPilots(pilots: PilotRepository, logger: Logger): PilotRepository {
  return {
    load: (pilotId) => pilots.load(pilotId),
    events: (pilotId) => pilots.events(pilotId),
    eventsPage: (pilotId, before, maxBytes) => pilots.eventsPage(pilotId, before, maxBytes),
    list: (filter) => pilots.list(filter),
    listWithPendingRuns: () => pilots.listWithPendingRuns(),
    board: (query) => pilots.board(query),
    stageCounts: () => pilots.stageCounts(),
    countDueBefore: (instant) => pilots.countDueBefore(instant),
    recountStages: () => pilots.recountStages(),
    async append(current, event) {
      const next = await pilots.append(current, event);
      logger.info('Event recorded', { pilotId: event.pilotId, event: event.type, seq: event.seq });
      return next;
    },
  };
}

/**
 * Starts each run within its pilot's and execution's keys. The local runner carries out the whole run inside that
 * call's async context, so every line of it, its tasks' included, gets the keys.
 */
export function correlatedRunner(runner: StageRunner, logger: AppLogger): StageRunner {
  return {
    start: (run) =>
      logger.withKeys(runLogKeys(run), async () => {
        await runner.start(run);
        logger.info('Stage run requested', { machine: run.machine });
      }),
  };
}
