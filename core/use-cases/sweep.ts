// The periodic sweep: deadline reminders, the end of a draft report's comment window handed on to the verifier,
// re-driving stage runs that a stop or crash left pending, and uploads whose event was lost.
import { systemActor } from '../actors.ts';
import { ForbiddenTransitionError } from '../errors.ts';
import { commands } from '../lifecycle/commands.ts';
import { draftSections } from '../lifecycle/draft-review-schemas.ts';
import type { EventData } from '../lifecycle/events.ts';
import { type Pilot, reminderKey } from '../lifecycle/pilot.ts';
import type { NotificationKind } from '../notifications/messages.ts';
import type { CoreDeps, Settings } from './deps.ts';
import { notify } from './notify.ts';
import { runCommand } from './run-command.ts';
import { recoverUnhandledUploads } from './uploads.ts';

const DAY_MS = 86_400_000;

export interface SweepReport {
  remindersSent: number;
  /** Reminders whose e-mail failed: not recorded, so the next sweep sends them again. */
  remindersFailed: number;
  runsRedriven: number;
  uploadsRecovered: number;
  /** Stage counters found drifted and corrected. */
  countersCorrected: number;
}

type Reminder = EventData<'ReminderSent'>;

type Outcome = 'sent' | 'failed' | 'skipped';

/**
 * The reminder a deadline calls for at this instant: before it, the nearest configured offset reached (an offset
 * the sweep missed is not sent late); after it, the overdue notice, and past the escalation delay the escalation.
 */
export function deadlineReminder(
  dueAt: string,
  now: Date,
  settings: Pick<Settings, 'reminderOffsetsDays' | 'escalateAfterDays'>,
): Reminder | undefined {
  const daysLeft = (Date.parse(dueAt) - now.getTime()) / DAY_MS;
  if (daysLeft < -settings.escalateAfterDays) return { kind: 'escalated', dueAt };
  if (daysLeft < 0) return { kind: 'overdue', dueAt };
  const reached = settings.reminderOffsetsDays.filter((offset) => daysLeft <= offset);
  return reached.length ? { kind: 'due_soon', dueAt, offsetDays: Math.min(...reached) } : undefined;
}

/**
 * Sends a reminder, then records it (its causation id is the reminder itself). One whose e-mail fails is logged and
 * not recorded, so the next sweep sends it again; a crash between the two sends it twice, never not at all.
 */
async function remind(
  deps: CoreDeps,
  pilot: Pilot,
  reminder: Reminder,
  notification: NotificationKind,
  detail: string,
): Promise<Outcome> {
  const key = reminderKey(reminder);
  if (pilot.remindersSent.includes(key) || !commands.sendReminder.from.includes(pilot.stage))
    return 'skipped';
  try {
    await notify(deps, pilot, notification, detail);
  } catch (error) {
    deps.logger.error('Reminder not sent; the next sweep tries again', {
      pilotId: pilot.pilotId,
      reminder: key,
      error: (error as Error).message,
    });
    return 'failed';
  }
  try {
    await runCommand(deps, {
      pilotId: pilot.pilotId,
      command: 'sendReminder',
      payload: reminder,
      actor: systemActor,
      causationId: `reminder/${key}`,
    });
  } catch (error) {
    // A sweep running alongside recorded it first: it was sent, and recorded once.
    if (!(error instanceof ForbiddenTransitionError)) throw error;
  }
  return 'sent';
}

/** The notification for a stage deadline: an overdue verification goes to the supervising staff member too. */
function deadlineNotification(pilot: Pilot, reminder: Reminder): NotificationKind {
  if (reminder.kind === 'due_soon') return 'deadline_due_soon';
  if (reminder.kind === 'escalated') return 'deadline_escalated';
  return pilot.dueKind === 'verification' ? 'verification_overdue' : 'deadline_overdue';
}

/**
 * One reminder per configured offset reached, one overdue notice and one escalation per deadline (extending it
 * re-arms them all), one per overdue query, and one when a draft report's comment window ended without the city's
 * acceptance of every section. Each names the date.
 */
export async function sendDeadlineReminders(deps: CoreDeps): Promise<{ sent: number; failed: number }> {
  const clock = deps.clock.now();
  const now = clock.toISOString();
  const furthest = Math.max(0, ...deps.settings.reminderOffsetsDays);
  const horizon = new Date(clock.getTime() + furthest * DAY_MS).toISOString();
  const counts = { sent: 0, failed: 0, skipped: 0 };
  for (const pilot of await deps.pilots.list({ dueBefore: horizon })) {
    if (!pilot.dueAt || pilot.verification?.clockStoppedSince) continue;
    const reminder = deadlineReminder(pilot.dueAt, clock, deps.settings);
    if (!reminder) continue;
    counts[
      await remind(deps, pilot, reminder, deadlineNotification(pilot, reminder), pilot.dueAt.slice(0, 10))
    ]++;
  }
  for (const pilot of await deps.pilots.list({ stage: 'in_verification' })) {
    for (const query of pilot.verification?.queries ?? []) {
      if (query.status !== 'open' || query.dueAt >= now) continue;
      const reminder: Reminder = { kind: 'query_overdue', dueAt: query.dueAt, queryId: query.queryId };
      const current = (await deps.pilots.load(pilot.pilotId)) ?? pilot;
      counts[await remind(deps, current, reminder, 'query_overdue', query.queryId)]++;
    }
  }
  for (const pilot of await deps.pilots.list({ stage: 'verified' })) {
    const review = pilot.draftReview;
    if (!review || review.closedAt || review.endsAt >= now) continue;
    if (draftSections.every((s) => review.accepted.includes(s))) continue;
    // Decision 0032: the sweeper issues no report; it tells the verifier and the secretariat that someone may now,
    // and its record moves "waiting on" from the city to the verifier.
    const reminder: Reminder = { kind: 'draft_review_ended', dueAt: review.endsAt };
    counts[await remind(deps, pilot, reminder, 'draft_review_ended', review.endsAt.slice(0, 10))]++;
  }
  return { sent: counts.sent, failed: counts.failed };
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
  const reminders = await sendDeadlineReminders(deps);
  const runsRedriven = await redrivePendingRuns(deps, redriveAfterMs);
  const uploadsRecovered = (await recoverUnhandledUploads(deps, redriveAfterMs)).length;
  const countersCorrected = (await deps.pilots.recountStages()).length;
  return {
    remindersSent: reminders.sent,
    remindersFailed: reminders.failed,
    runsRedriven,
    uploadsRecovered,
    countersCorrected,
  };
}
