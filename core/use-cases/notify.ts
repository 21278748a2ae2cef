// Sends a notification about a pilot to the people a message kind concerns: an e-mail, and its copy in each of their
// in-app inboxes.

import type { Pilot } from '../lifecycle/pilot.ts';
import { boundedText, type InboxId, newNotificationId } from '../notifications/in-app.ts';
import {
  composeMessage,
  type InBothLanguages,
  messageTexts,
  type NotificationKind,
} from '../notifications/messages.ts';
import type { CoreDeps } from './deps.ts';

type Audience = 'city' | 'secretariat' | 'verifier' | 'supervisor';

const audiences: Record<NotificationKind, readonly Audience[]> = {
  letter_received: ['secretariat'],
  letter_acknowledged: ['city'],
  letter_declined: ['city'],
  template_ready: ['city'],
  submission_valid: ['city', 'secretariat'],
  submission_invalid: ['city'],
  upload_rejected: ['city'],
  verification_task: ['verifier'],
  verifier_declined: ['secretariat'],
  submission_returned: ['city', 'secretariat'],
  report_ready: ['city', 'secretariat'],
  certificate_issued: ['city', 'secretariat'],
  deadline_due_soon: ['city', 'secretariat'],
  deadline_overdue: ['city', 'secretariat'],
  stage_failed: ['secretariat'],
  pilot_withdrawn: ['secretariat'],
  query_raised: ['city'],
  query_answered: ['verifier'],
  query_overdue: ['city', 'verifier'],
  conclusion_submitted: ['supervisor'],
  draft_report_ready: ['city', 'verifier'],
  draft_commented: ['verifier'],
  draft_answered: ['city'],
  draft_review_ended: ['verifier', 'secretariat'],
  conclusion_returned: ['verifier'],
  dataset_unlocked: ['verifier', 'secretariat'],
  verification_overdue: ['verifier', 'supervisor'],
  deadline_escalated: ['secretariat', 'supervisor'],
  case_study_submitted: ['secretariat'],
  case_study_accepted: ['city'],
  case_study_returned: ['city'],
};

type RecipientDeps = Pick<CoreDeps, 'verifiers' | 'settings' | 'tables'>;

async function recipients(deps: RecipientDeps, pilot: Pilot, audience: Audience) {
  switch (audience) {
    case 'city':
      return [pilot.letter.contact.email];
    case 'secretariat':
      return [deps.settings.secretariatEmail];
    case 'supervisor':
      return [pilot.supervisorEmail ?? deps.settings.secretariatEmail];
    case 'verifier': {
      const verifier = pilot.verifierId ? await deps.verifiers.getVerifier(pilot.verifierId) : undefined;
      return verifier ? [verifier.email] : [];
    }
  }
}

/**
 * The inboxes of the same people: the secretariat's mailbox is shared, so its copy goes to every active member of
 * the staff directory; a pilot without a supervisor sends the supervisor's messages to the secretariat.
 */
async function inboxes(deps: RecipientDeps, pilot: Pilot, audience: Audience): Promise<InboxId[]> {
  switch (audience) {
    case 'city':
      return [`city:${pilot.cityId}`];
    case 'secretariat': {
      const staff = await deps.tables.currentTable('staff');
      return (staff?.members ?? []).filter((m) => m.active).map((m): InboxId => `user:${m.userId}`);
    }
    case 'supervisor':
      return pilot.supervisorId ? [`user:${pilot.supervisorId}`] : inboxes(deps, pilot, 'secretariat');
    case 'verifier':
      return pilot.verifierId ? [`user:${pilot.verifierId}`] : [];
  }
}

const everyone = async <T>(
  deps: RecipientDeps,
  pilot: Pilot,
  kind: NotificationKind,
  of: typeof recipients | typeof inboxes,
) => [...new Set((await Promise.all(audiences[kind].map((a) => of(deps, pilot, a)))).flat())] as T[];

export async function notify(
  deps: Pick<CoreDeps, 'verifiers' | 'settings' | 'notifier' | 'tables' | 'inbox' | 'clock'>,
  pilot: Pilot,
  kind: NotificationKind,
  detail: string | InBothLanguages = '',
): Promise<string[]> {
  const to = await everyone<string>(deps, pilot, kind, recipients);
  if (to.length > 0) {
    const link = `${deps.settings.portalUrl}/#/pilots/${pilot.pilotId}`;
    await deps.notifier.send({ to, ...composeMessage(kind, pilot, detail, link) });
  }
  // After the e-mail went out: the inbox mirrors what was sent.
  const readers = await everyone<InboxId>(deps, pilot, kind, inboxes);
  if (readers.length > 0) {
    const texts = messageTexts(kind, pilot, detail);
    const at = deps.clock.now();
    await deps.inbox.deliver(readers, {
      id: newNotificationId(at),
      at: at.toISOString(),
      kind,
      pilotId: pilot.pilotId,
      cityName: pilot.cityName,
      en: boundedText(texts.en),
      zh: boundedText(texts.zh),
    });
  }
  return to;
}
