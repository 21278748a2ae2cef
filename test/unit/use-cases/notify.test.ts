// Who each kind of notification reaches: the city's contact, the secretariat, the assigned verifier, the
// supervising staff member; bilingual, with a link to the pilot.
import { describe, expect, it } from 'vitest';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import type { NotificationKind } from '../../../core/notifications/messages.ts';
import { notify } from '../../../core/use-cases/notify.ts';
import {
  CITY_EMAIL,
  registeredVerifier,
  SECRETARIAT_EMAIL,
  SUPERVISOR_EMAIL,
  VERIFIER_EMAIL,
} from '../../support/decision-cases.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { pilotIn } from '../../support/pilots.ts';

const pilot = pilotIn('in_verification', { supervisorEmail: SUPERVISOR_EMAIL });

async function sent(kind: NotificationKind, to: Pilot = pilot) {
  const deps = memoryDeps();
  await deps.verifiers.putVerifier(registeredVerifier);
  const recipients = await notify(deps, to, kind, 'the detail');
  return { recipients, messages: deps.notifier.sent };
}

describe('a notification', () => {
  it.each([
    ['letter_received', [SECRETARIAT_EMAIL]],
    ['letter_declined', [CITY_EMAIL]],
    ['submission_valid', [CITY_EMAIL, SECRETARIAT_EMAIL]],
    ['verification_task', [VERIFIER_EMAIL]],
    ['query_overdue', [CITY_EMAIL, VERIFIER_EMAIL]],
    ['conclusion_submitted', [SUPERVISOR_EMAIL]],
    ['verification_overdue', [VERIFIER_EMAIL, SUPERVISOR_EMAIL]],
  ] as const)('of kind %s reaches %j in one message', async (kind, to) => {
    const { recipients, messages } = await sent(kind);

    expect(recipients).toEqual(to);
    expect(messages.map((m) => m.to)).toEqual([to]);
  });

  it.each(['submission_valid', 'submission_invalid'] as const)(
    'of kind %s sends the city to the pilot page for its annotated workbook, in both languages',
    async (kind) => {
      const { messages } = await sent(kind);
      const text = messages[0]?.text ?? '';
      expect(text).toContain('every finding marked in its cell');
      expect(text).toContain('标注了所有问题');
      expect(text.trim().split('\n').at(-1)).toBe(`https://portal.u4ssc.test/#/pilots/${pilot.pilotId}`);
    },
  );

  it('carries a detail given in both languages in each language’s part', async () => {
    const deps = memoryDeps();
    await notify(deps, pilot, 'upload_rejected', { en: 'This is a PDF file.', zh: '这是 PDF 文件。' });
    const text = deps.notifier.sent[0]?.text ?? '';
    expect(text).toContain('was rejected: This is a PDF file.');
    expect(text).toContain('被拒绝：这是 PDF 文件。');
  });

  it('for the supervisor reaches the secretariat when the pilot names no supervisor’s address, once', async () => {
    const { recipients } = await sent('verification_overdue', { ...pilot, supervisorEmail: undefined });

    expect(recipients).toEqual([VERIFIER_EMAIL, SECRETARIAT_EMAIL]);
    expect((await sent('deadline_overdue', { ...pilot, supervisorEmail: undefined })).recipients).toEqual([
      CITY_EMAIL,
      SECRETARIAT_EMAIL,
    ]);
  });

  it('for the verifier is not sent while no registered verifier is assigned', async () => {
    const { recipients, messages } = await sent('query_answered', { ...pilot, verifierId: 'vunregistered' });

    expect(recipients).toEqual([]);
    expect(messages).toEqual([]);
  });

  it('is written in both languages, the city’s first, with the detail and a link to the pilot', async () => {
    const chinese = { ...pilot, letter: { ...pilot.letter, preferredLanguage: 'zh' as const } };

    const [message] = (await sent('letter_declined', chinese)).messages;

    expect(message?.subject).toBe('[U4SSC] 您的意向书未被接受 / Your letter of intent was declined');
    expect(message?.text).toBe(
      '秘书处未接受Aurora的意向书。原因：the detail\n\n' +
        'The secretariat declined the letter of intent of Aurora. Reason: the detail\n\n' +
        `https://portal.u4ssc.test/#/pilots/${pilot.pilotId}`,
    );
  });
});
