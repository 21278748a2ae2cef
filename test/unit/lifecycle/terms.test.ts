// The programme terms a letter of intent accepts and the undertaking a verifier signs: required, of the version in
// force, each part confirmed, and recorded with who accepted them and when.
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../../core/errors.ts';
import { decide, decideNewPilot } from '../../../core/lifecycle/decide.ts';
import { applyEvent } from '../../../core/lifecycle/pilot.ts';
import { PARTICIPATION_TERMS } from '../../../core/lifecycle/terms.ts';
import { city, letter, pilotIn, signedUndertaking, verifier } from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');
const { termsAcceptance, ...withoutTerms } = letter;

/** The messages of the issues a refused request carries. */
function refusalOf(act: () => unknown): string[] {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    const issues = (error as InvalidRequestError).details?.issues as { message: string }[];
    return issues.map((i) => i.message);
  }
  throw new Error('the request was accepted');
}

describe('the terms of participation on a letter of intent', () => {
  it('refuses a letter without them, saying which version to accept', () => {
    const messages = refusalOf(() => decideNewPilot({ cityId: 'aurora', letter: withoutTerms }, city));

    expect(messages).toEqual([
      `Accept the programme terms (Annex 1, version ${PARTICIPATION_TERMS.version}), including the commitment to contribute to the global index`,
    ]);
  });

  it('refuses an older version and a missing index commitment', () => {
    const older = { ...letter, termsAcceptance: { ...termsAcceptance, version: '2020-1' } };
    const noCommitment = { ...letter, termsAcceptance: { ...termsAcceptance, indexCommitment: false } };

    expect(refusalOf(() => decideNewPilot({ cityId: 'aurora', letter: older }, city))[0]).toContain(
      `The terms in force are version ${PARTICIPATION_TERMS.version}`,
    );
    expect(refusalOf(() => decideNewPilot({ cityId: 'aurora', letter: noCommitment }, city))[0]).toContain(
      'Commit to contribute',
    );
  });

  it('records who accepted which version, and when, on the pilot', () => {
    const event = decideNewPilot({ cityId: 'aurora', letter }, city);
    const at = '2026-03-01T10:00:00.000Z';

    const pilot = applyEvent(undefined, { ...event, pilotId: 'p1', seq: 1, at, actor: city });

    expect(pilot.termsAccepted).toEqual({
      version: PARTICIPATION_TERMS.version,
      userId: 'aurora',
      role: 'city',
      at,
    });
  });

  it('offers every term in English and Chinese', () => {
    const points = PARTICIPATION_TERMS.sections.flatMap((s) => [s.title, ...s.points]);

    for (const point of points) {
      expect(point.en.length).toBeGreaterThan(5);
      expect(point.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the confidentiality undertaking on accepting an appointment', () => {
  const declaration = { noConflictOfInterest: true, statement: 'No ties with the city at all.' };

  it('refuses the acceptance without it', () => {
    const messages = refusalOf(() =>
      decide(pilotIn('verifier_assigned'), 'acceptAssignment', { declaration }, verifier, now),
    );

    expect(messages[0]).toMatch(
      /^Sign the confidentiality undertaking \(version .+\) to accept the appointment/,
    );
  });

  it('records the version signed with the declaration', () => {
    const event = decide(
      pilotIn('verifier_assigned'),
      'acceptAssignment',
      { declaration: { ...declaration, confidentiality: signedUndertaking } },
      verifier,
      now,
    );

    expect(event).toMatchObject({ data: { declaration: { confidentiality: signedUndertaking } } });
  });
});
