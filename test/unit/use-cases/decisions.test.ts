// Every entry of the decision table through decideOnPilot: permission before anything about the request, the
// choice field, the event each records, the run it starts, whom it tells, and that the pilot is read once.
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import { ForbiddenError, ForbiddenTransitionError, InvalidRequestError } from '../../../core/errors.ts';
import { decideOnPilot } from '../../../core/use-cases/decisions/decide-on-pilot.ts';
import { type DecisionName, decisionNames } from '../../../core/use-cases/decisions/table.ts';
import {
  arrangeCase,
  CITY_EMAIL,
  type DecisionCase,
  decisionCases,
  idle,
} from '../../support/decision-cases.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, otherCity, otherVerifier, pilotIn, secretariat, verifier } from '../../support/pilots.ts';

/** The factsheet decision renders its PDF before recording, which takes seconds on a loaded machine. */
const RENDERS_A_PDF = 30_000;
const firstCase = (name: DecisionName) => decisionCases.find((c) => c.decision === name)!;

/** For each decision, a role that may not issue it. */
const forbiddenRole: Record<DecisionName, Actor> = {
  'letter-decision': city,
  'signed-letter': verifier,
  'verifier-assignment': city,
  supervisor: city,
  'verification-response': secretariat,
  'verification-mode': secretariat,
  'mode-change': verifier,
  'mode-change-answer': verifier,
  reviews: city,
  queries: secretariat,
  'query-answer': verifier,
  'query-close': city,
  interviews: city,
  'submission-return': secretariat,
  conclusion: secretariat,
  'conclusion-decision': verifier,
  'dataset-unlock': verifier,
  'internal-notes': city,
  'publication-consent': secretariat,
  certification: city,
  'certificate-revocation': city,
  withdrawal: secretariat,
  deadline: city,
  'deadline-confirmation': secretariat,
  'deadline-agreement': city,
  'extension-request': secretariat,
  'extension-decision': city,
  'stage-retry': verifier,
  'self-assessment': secretariat,
  initiatives: verifier,
  'factsheet-request': secretariat,
  factsheet: city,
  'case-studies': secretariat,
  'case-study-submission': verifier,
  'case-study-review': city,
  'case-study-publication': secretariat,
  'draft-review': verifier,
  'draft-comment-answer': city,
  'report-issue': city,
  costs: city,
  'costs-answer': verifier,
  'costs-invoice': city,
  'costs-payment': city,
  clarifications: secretariat,
  'clarification-reply': verifier,
  'clarification-close': verifier,
  calls: verifier,
  'call-answer': city,
};

/** Decisions whose command takes no payload, so an empty body is a valid request. */
const takesNoBody: DecisionName[] = [
  'certification',
  'stage-retry',
  'deadline-confirmation',
  'factsheet-request',
  'factsheet',
  'report-issue',
];
const choices: DecisionName[] = [
  'letter-decision',
  'verification-response',
  'conclusion-decision',
  'extension-decision',
  'mode-change-answer',
  'draft-review',
  'costs-answer',
  'call-answer',
  'case-study-review',
];

describe('each decision of the table', () => {
  it('has a permitted request below', () => {
    expect(new Set(decisionCases.map((c) => c.decision))).toEqual(new Set(decisionNames));
  });

  it.each(decisionCases)(
    '$decision records $records',
    async (c: DecisionCase) => {
      const { deps, pilot, request } = await arrangeCase(c);

      const result = await decideOnPilot(deps, c.actor, request);

      expect(result).toMatchObject({ repeated: false, event: { type: c.records, seq: pilot.version + 1 } });
      expect((await deps.pilots.events(pilot.pilotId)).map((e) => e.type)).toEqual([c.records]);
      expect(deps.runner.started.map((r) => r.machine)).toEqual(c.starts ? [c.starts] : []);
      expect(deps.notifier.sent.map((m) => m.to)).toEqual(c.tells ? [c.tells] : []);
    },
    RENDERS_A_PDF,
  );

  it.each(decisionCases)(
    '$decision ($records) reads the pilot once',
    async (c: DecisionCase) => {
      const { deps, request } = await arrangeCase(c);
      const load = vi.spyOn(deps.pilots, 'load');

      await decideOnPilot(deps, c.actor, request);

      expect(load).toHaveBeenCalledTimes(1);
    },
    RENDERS_A_PDF,
  );
});

describe('permission comes first', () => {
  it.each(decisionNames)(
    '%s refuses a role that may not issue it, body or not, recording nothing',
    async (name) => {
      const { deps, pilot, request } = await arrangeCase(firstCase(name));

      const refused = decideOnPilot(deps, forbiddenRole[name], { ...request, body: undefined });

      await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
      expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
    },
  );

  it.each(decisionNames.filter((name) => !takesNoBody.includes(name)))(
    '%s answers an empty body with 403 to a forbidden role and 400 to a permitted one',
    async (name) => {
      const c = firstCase(name);
      const { deps, request } = await arrangeCase(c);

      const forbidden = decideOnPilot(deps, forbiddenRole[name], { ...request, body: {} });
      const permitted = decideOnPilot(deps, c.actor, { ...request, body: {} });

      await expect(forbidden).rejects.toBeInstanceOf(ForbiddenError);
      await expect(permitted).rejects.toBeInstanceOf(InvalidRequestError);
    },
  );

  it('refuses a verifier not assigned to the pilot and a city it does not belong to', async () => {
    const reviews = await arrangeCase(firstCase('reviews'));
    const withdrawal = await arrangeCase(firstCase('withdrawal'));

    const byOtherVerifier = decideOnPilot(reviews.deps, otherVerifier, reviews.request);
    const byOtherCity = decideOnPilot(withdrawal.deps, otherCity, withdrawal.request);

    await expect(byOtherVerifier).rejects.toBeInstanceOf(ForbiddenError);
    await expect(byOtherCity).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('the request body', () => {
  it.each(choices)('%s takes only one of its choices as "decision"', async (name) => {
    const { deps, pilot, request } = await arrangeCase(firstCase(name));
    const actor = firstCase(name).actor;

    for (const decision of [['accept'], 'maybe', undefined]) {
      const refused = decideOnPilot(deps, actor, { ...request, body: { ...request.body, decision } });
      await expect(refused).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(refused).rejects.toMatchObject({
        details: {
          issues: [
            expect.objectContaining({ message: expect.stringMatching(/^"decision" must be one of: /) }),
          ],
        },
      });
    }
    expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
  });

  it.each([[['accept']], ['accept'], [42]])('must be a JSON object, not %j', async (body) => {
    const { deps, request } = await arrangeCase(firstCase('letter-decision'));

    const refused = decideOnPilot(deps, secretariat, { ...request, body });

    await expect(refused).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(refused).rejects.toMatchObject({
      details: { issues: [expect.objectContaining({ path: '', message: expect.stringMatching(/object/) })] },
    });
  });

  it('is checked against the chosen command, naming what is missing', async () => {
    const { deps, request } = await arrangeCase(firstCase('letter-decision'));

    const refused = decideOnPilot(deps, secretariat, { ...request, body: { decision: 'decline' } });

    await expect(refused).rejects.toMatchObject({
      message: 'Invalid request to accept the letter of intent or decline the letter of intent',
      details: { issues: [expect.objectContaining({ path: 'reason' })] },
    });
  });
});

describe('deciding on a pilot', () => {
  it('refuses a decision its stage does not allow, naming the stage', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('data_collection', idle));

    const refused = decideOnPilot(deps, secretariat, {
      pilotId,
      decision: 'letter-decision',
      body: { decision: 'accept' },
    });

    await expect(refused).rejects.toBeInstanceOf(ForbiddenTransitionError);
    await expect(refused).rejects.toThrow(/stage "data_collection"/);
  });

  it('answers a repeated decision as a repeat, recording and telling once', async () => {
    const { deps, pilot, request } = await arrangeCase(firstCase('letter-decision'));
    const decline = { ...request, body: { decision: 'decline', reason: 'Not a municipality' } };

    const first = await decideOnPilot(deps, secretariat, decline);
    const second = await decideOnPilot(deps, secretariat, decline);

    expect([first.repeated, second.repeated]).toEqual([false, true]);
    expect(await deps.pilots.events(pilot.pilotId)).toHaveLength(1);
    expect(deps.notifier.sent).toHaveLength(1);
  });

  it('tells the city why its letter was declined, with a link to the pilot', async () => {
    const { deps, pilot, request } = await arrangeCase(firstCase('letter-decision'));

    await decideOnPilot(deps, secretariat, {
      ...request,
      body: { decision: 'decline', reason: 'Not a municipality' },
    });

    expect(deps.notifier.sent).toEqual([
      {
        to: [CITY_EMAIL],
        subject: expect.stringContaining('Your letter of intent was declined'),
        text: expect.stringMatching(
          new RegExp(`Reason: Not a municipality[\\s\\S]*/#/pilots/${pilot.pilotId}$`),
        ),
      },
    ]);
  });

  it('keeps a decision whose e-mail could not be sent, and logs the failure', async () => {
    const { deps, pilot, request } = await arrangeCase(firstCase('letter-decision'));
    deps.notifier.send = async () => {
      throw new Error('mail server down');
    };

    const result = await decideOnPilot(deps, secretariat, {
      ...request,
      body: { decision: 'decline', reason: 'Not a municipality' },
    });

    expect(result.pilot.stage).toBe('declined');
    expect(deps.logger.lines).toContainEqual({
      level: 'warn',
      message: 'Notification failed',
      extra: { pilotId: pilot.pilotId, kind: 'letter_declined', error: 'Error: mail server down' },
    });
  });

  it('answers an unknown pilot with NotFoundError', async () => {
    const deps = memoryDeps();

    const refused = decideOnPilot(deps, secretariat, {
      pilotId: 'pnone',
      decision: 'certification',
      body: {},
    });

    await expect(refused).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
