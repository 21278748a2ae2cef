// The programme's length rules weigh characters fairly across scripts: wide (CJK) characters two, others one.
import { describe, expect, it } from 'vitest';
import { letterOfIntentInputSchema } from '../../core/lifecycle/events.ts';
import { textWeight } from '../../core/text-length.ts';
import { letter } from '../support/pilots.ts';

describe('the weight of a text', () => {
  it.each([
    ['Aurora', 6],
    ['智慧城市', 8],
    ['智慧 city', 9],
    ['スマートシティ', 14],
    ['스마트 시티', 11],
    ['  trimmed  ', 7],
    ['𠀀', 2],
    ['🏙️', 2],
  ])('of %j is %i', (text, weight) => {
    expect(textWeight(text)).toBe(weight);
  });
});

describe("a letter's vision", () => {
  const withVision = (vision: string) => letterOfIntentInputSchema.safeParse({ ...letter, vision }).success;

  it('is long enough at ten Chinese characters or twenty Latin letters, and not below', () => {
    expect([withVision('建设开放包容的智慧城市'), withVision('a'.repeat(20))]).toEqual([true, true]);
    expect([withVision('建设智慧城市'), withVision('a'.repeat(19))]).toEqual([false, false]);
  });
});
