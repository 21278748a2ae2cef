// The periodic sweep: deadline reminders, re-driving stage runs that a stop or crash left pending, and uploads whose
// event was lost.
import { systemActor } from '../actors.ts';
import { ForbiddenTransitionError } from '../errors.ts';
import { type Pilot, reminderKey } from '../lifecycle/pilot.ts';
import type { NotificationKind } from '../notifications/messages.ts';
import type { CoreDeps } from './deps.ts';
import { notify } from './notify.ts';
import { runCommand } from './run-command.ts';
import { recoverUnhandledUploads } from './uploads.ts';

const DUE_SOON_DAYS = 14;

export interface SweepReport {
  remindersSent: number;
  runsRedriven: number;
  uploadsRecovered: number;
  /** Stage counters found drifted and corrected. */
  countersCorrected: number;
}

type Reminder = { kind: 'due_soon' | 'overdue' | 'query_overdue'; dueAt: string; queryId?: string };

/** Records a reminder once (its causation id is the reminder itself), then notifies; false when already sent. */
async function remind(
  deps: CoreDeps,
  pilot: Pilot,
  reminder: Reminder,
  notification: NotificationKind,
  detail: string,
) {
  if (pilot.remindersSent.includes(reminderKey(reminder))) return false;
  try {
    const { pilot: updated, repeated } = await runCommand(deps, {
      pilotId: pilot.pilotId,
      command: 'sendReminder',
      payload: reminder,
      actor: systemActor,
      causationId: `reminder/${reminderKey(reminder)}`,
    });
    if (repeated) return false;
    await notify(deps, updated, notification, detail);
    return true;
  } catch (error) {
    if (error instanceof ForbiddenTransitionError) return false;
    throw error;
  }
}

/** The notification for a stage deadline: an overdue verification is escalated to the supervising staff member. */
function deadlineNotification(pilot: Pilot, overdue: boolean): NotificationKind {
  if (!overdue) return 'deadline_due_soon';
  return pilot.dueKind === 'verification' ? 'verification_overdue' : 'deadline_overdue';
}

/** One due-soon and one overdue reminder per deadline (extending it re-arms both), and one per overdue query. */
export async function sendDeadlineReminders(deps: CoreDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  const horizon = new Date(deps.clock.now().getTime() + DUE_SOON_DAYS * 86_400_000).toISOString();
  let sent = 0;
  for (const pilot of await deps.pilots.list({ dueBefore: horizon })) {
    if (!pilot.dueAt || pilot.verification?.clockStoppedSince) continue;
    const overdue = pilot.dueAt < now;
    const reminder: Reminder = { kind: overdue ? 'overdue' : 'due_soon', dueAt: pilot.dueAt };
    if (await remind(deps, pilot, reminder, deadlineNotification(pilot, overdue), pilot.dueAt.slice(0, 10)))
      sent++;
  }
  for (const pilot of await deps.pilots.list({ stage: 'in_verification' })) {
    for (const query of pilot.verification?.queries ?? []) {
      if (query.status !== 'open' || query.dueAt >= now) continue;
      const reminder: Reminder = { kind: 'query_overdue', dueAt: query.dueAt, queryId: query.queryId };
      if (
        await remind(
          deps,
          (await deps.pilots.load(pilot.pilotId)) ?? pilot,
          reminder,
          'query_overdue',
          query.queryId,
        )
      )
        sent++;
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
  const uploadsRecovered = (await recoverUnhandledUploads(deps, redriveAfterMs)).length;
  const countersCorrected = (await deps.pilots.recountStages()).length;
  return { remindersSent, runsRedriven, uploadsRecovered, countersCorrected };
}
