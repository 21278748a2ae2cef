// Opening a pilot from a letter of intent: for whose city, by whom, and the intake run it starts.
import { describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidRequestError } from '../../../core/errors.ts';
import { submitLetterOfIntent } from '../../../core/use-cases/letters.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, letter, secretariat, verifier } from '../../support/pilots.ts';

describe('submitting a letter of intent', () => {
  it('opens a pilot for the city’s own city, whatever city the body names, and starts the intake', async () => {
    const deps = memoryDeps();

    const pilot = await submitLetterOfIntent(deps, city, { letter, cityId: 'borealis' });

    expect(pilot).toMatchObject({
      pilotId: expect.stringMatching(/^p[a-z0-9]{10}$/),
      cityId: 'aurora',
      cityName: 'Aurora',
      stage: 'loi_received',
      version: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    expect(await deps.pilots.load(pilot.pilotId)).toEqual(pilot);
    expect(deps.runner.started).toEqual([
      {
        machine: 'letter-of-intent-intake',
        executionName: `${pilot.pilotId}-letter-of-intent-intake-1`,
        input: { pilotId: pilot.pilotId },
      },
    ]);
  });

  it('lets the secretariat open a pilot for the city it names, and only when it names one', async () => {
    const deps = memoryDeps();

    const pilot = await submitLetterOfIntent(deps, secretariat, { letter, cityId: 'borealis' });
    const unnamed = submitLetterOfIntent(deps, secretariat, { letter });

    expect(pilot.cityId).toBe('borealis');
    await expect(unnamed).rejects.toThrow(
      new ForbiddenError('Give the cityId of the city the letter is for'),
    );
  });

  it('refuses a city account linked to no city, and a verifier', async () => {
    const deps = memoryDeps();
    const unlinked = { ...city, cityId: undefined };

    await expect(submitLetterOfIntent(deps, unlinked, { letter })).rejects.toThrow(
      'Your account is not linked to a city',
    );
    await expect(submitLetterOfIntent(deps, verifier, { letter, cityId: 'aurora' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await deps.pilots.list({})).toEqual([]);
  });

  it('refuses an incomplete letter, naming the field', async () => {
    const deps = memoryDeps();

    const refused = submitLetterOfIntent(deps, city, { letter: { ...letter, reviewedMethodology: false } });

    await expect(refused).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(refused).rejects.toMatchObject({
      details: { issues: [expect.objectContaining({ path: 'letter.reviewedMethodology' })] },
    });
  });
});
