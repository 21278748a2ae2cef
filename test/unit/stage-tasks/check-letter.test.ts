// The intake of a letter of intent: its completeness checks, one active pilot per city, and the letter laid out
// as a PDF to sign, stored under a new key.
import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../../core/stage-tasks/check-letter.ts';
import { idle } from '../../support/decision-cases.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { letter, pilotIn } from '../../support/pilots.ts';

const passed = (checks: { check: string; passed: boolean }[]) =>
  Object.fromEntries(checks.map((c) => [c.check, c.passed]));

describe('checking a letter of intent', () => {
  it('passes a complete letter of a city with no other active pilot, and stores the letter to sign', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('loi_received', idle));
    await deps.pilots.seed(pilotIn('withdrawn', { ...idle, pilotId: 'pwithdrawn' }));

    const { checks, letterDocument } = await checkLetter(deps, { pilotId });

    expect(passed(checks)).toEqual({
      vision_described: true,
      contact_person_named: true,
      signed_by_mayor_or_representative: true,
      methodology_reviewed: true,
      no_other_active_pilot_for_city: true,
    });
    expect(letterDocument).toEqual({
      kind: 'letter_of_intent',
      key: `letters/${pilotId}/letter-of-intent.pdf`,
      contentType: 'application/pdf',
    });
    expect((await deps.documents.get(letterDocument.key)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('fails the checks a short vision and another active pilot of the city do not pass', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(
      pilotIn('loi_received', { ...idle, letter: { ...letter, vision: 'A smart city, soon, for all.' } }),
    );
    await deps.pilots.seed(pilotIn('data_collection', { ...idle, pilotId: 'pactive' }));

    const { checks } = await checkLetter(deps, { pilotId });

    expect(passed(checks)).toMatchObject({ vision_described: false, no_other_active_pilot_for_city: false });
  });

  it('counts a Chinese vision fairly: 37 characters describe the city as 74 Latin letters would', async () => {
    const deps = memoryDeps();
    const vision = '建设数据驱动、包容、低碳的智慧城市，到二〇三五年让全体市民享受开放数据便利';
    const { pilotId } = await deps.pilots.seed(
      pilotIn('loi_received', { ...idle, letter: { ...letter, vision } }),
    );

    const { checks } = await checkLetter(deps, { pilotId });

    expect([...vision].length).toBe(37);
    expect(passed(checks).vision_described).toBe(true);
  });
});
