// Sends a notification about a pilot to the people a message kind concerns.

import type { Pilot } from '../lifecycle/pilot.ts';
import { composeMessage, type InBothLanguages, type NotificationKind } from '../notifications/messages.ts';
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
  conclusion_returned: ['verifier'],
  dataset_unlocked: ['verifier', 'secretariat'],
  verification_overdue: ['verifier', 'supervisor'],
  deadline_escalated: ['secretariat', 'supervisor'],
};

async function recipients(deps: Pick<CoreDeps, 'verifiers' | 'settings'>, pilot: Pilot, audience: Audience) {
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

export async function notify(
  deps: Pick<CoreDeps, 'verifiers' | 'settings' | 'notifier'>,
  pilot: Pilot,
  kind: NotificationKind,
  detail: string | InBothLanguages = '',
): Promise<string[]> {
  const to = [...new Set((await Promise.all(audiences[kind].map((a) => recipients(deps, pilot, a)))).flat())];
  if (to.length === 0) return [];
  const link = `${deps.settings.portalUrl}/#/pilots/${pilot.pilotId}`;
  await deps.notifier.send({ to, ...composeMessage(kind, pilot, detail, link) });
  return to;
}
