// The periodic sweep: deadline reminders, and re-driving stage runs that a stop or crash left pending.
import { systemActor } from '../actors.ts';
import { ForbiddenTransitionError } from '../errors.ts';
import type { CoreDeps } from './deps.ts';
import { notify } from './notify.ts';
import { runCommand } from './run-command.ts';

const DUE_SOON_DAYS = 14;

export interface SweepReport {
  remindersSent: number;
  runsRedriven: number;
}

/** Sends one due-soon and one overdue reminder per deadline; extending the deadline re-arms both. */
export async function sendDeadlineReminders(deps: CoreDeps): Promise<number> {
  const now = deps.clock.now();
  const horizon = new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000).toISOString();
  let sent = 0;
  for (const pilot of await deps.pilots.list({ dueBefore: horizon })) {
    if (!pilot.dueAt) continue;
    const kind = pilot.dueAt < now.toISOString() ? 'overdue' : 'due_soon';
    if (pilot.remindersSent.includes(`${kind}@${pilot.dueAt}`)) continue;
    try {
      const { pilot: updated, repeated } = await runCommand(deps, {
        pilotId: pilot.pilotId,
        command: 'sendReminder',
        payload: { kind, dueAt: pilot.dueAt },
        actor: systemActor,
        causationId: `reminder/${kind}/${pilot.dueAt}`,
      });
      if (repeated) continue;
      await notify(
        deps,
        updated,
        kind === 'overdue' ? 'deadline_overdue' : 'deadline_due_soon',
        pilot.dueAt.slice(0, 10),
      );
      sent++;
    } catch (error) {
      if (!(error instanceof ForbiddenTransitionError)) throw error;
    }
  }
  return sent;
}

/** Starts again every run a pilot still waits for; deterministic names make a run that is alive a no-op. */
export async function redrivePendingRuns(deps: CoreDeps, olderThanMs = 0): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - olderThanMs).toISOString();
  const pending = (await deps.pilots.listWithPendingRuns()).filter(
    (p) => p.pendingRun && p.pendingRun.since <= cutoff,
  );
  for (const pilot of pending) {
    const run = pilot.pendingRun!;
    await deps.runner.start({
      machine: run.machine,
      executionName: run.executionName,
      input: { pilotId: pilot.pilotId },
    });
  }
  return pending.length;
}

export async function sweep(deps: CoreDeps, redriveAfterMs: number): Promise<SweepReport> {
  const remindersSent = await sendDeadlineReminders(deps);
  const runsRedriven = await redrivePendingRuns(deps, redriveAfterMs);
  return { remindersSent, runsRedriven };
}
