import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../../core/errors.ts';
import { decideNewPilot } from '../../../core/lifecycle/decide.ts';
import { letterOfIntentSchema } from '../../../core/lifecycle/events.ts';
import { printableName } from '../../../core/lifecycle/printable-name.ts';
import { city, letter } from '../../support/pilots.ts';

const name = printableName(200);

describe('a name that will be printed', () => {
  it.each(['Aurora', '深圳市', 'São Paulo', 'Karmøy', 'Saint-Étienne', 'Łódź'])('accepts %s', (value) => {
    expect(name.safeParse(value).success).toBe(true);
  });

  it.each([
    ['an Arabic name', 'القاهرة', /right-to-left/],
    ['a Hebrew name', 'תל אביב', /right-to-left/],
    ['zero-width characters only', '\u200b\u200c\ufeff', /empty once invisible/],
    ['a right-to-left override', 'Aurora\u202e', /direction mark/],
    ['a control character', 'Au\u0007rora', /control character/],
  ])('refuses %s, saying why', (_what, value, message) => {
    const parsed = name.safeParse(value);

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
  });
});

describe('a new letter of intent', () => {
  it('is refused with a clear 400 when the city name could not be printed, though a stored one still reads', () => {
    const arabic = { ...letter, cityName: 'القاهرة' };

    expect(() => decideNewPilot({ cityId: 'cairo', letter: arabic }, city)).toThrow(InvalidRequestError);
    expect(letterOfIntentSchema.safeParse(arabic).success).toBe(true);
  });
});
