import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../../../core/errors.ts';
import { decide } from '../../../core/lifecycle/decide.ts';
import { pilotIn, secretariat } from '../../support/pilots.ts';

const now = new Date('2026-06-01T00:00:00.000Z');

describe('certifying a verified dataset', () => {
  it('is refused when the verified dataset reports no data point, saying so', () => {
    const empty = pilotIn('reported');
    empty.submissions[0]!.summary = { errors: 0, warnings: 0, reported: 0, notReported: 132 };

    expect(() => decide(empty, 'requestCertification', {}, secretariat, now)).toThrow(
      ForbiddenTransitionError,
    );
    expect(() => decide(empty, 'requestCertification', {}, secretariat, now)).toThrow(/nothing to certify/);
  });

  it('goes ahead for a dataset that reports data', () => {
    expect(decide(pilotIn('reported'), 'requestCertification', {}, secretariat, now)).toMatchObject({
      type: 'CertificationRequested',
    });
  });
});
