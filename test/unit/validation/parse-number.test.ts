import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../../core/validation/parse-number.ts';

describe('parseNumberText', () => {
  it.each([
    ['1234', 1234],
    ['  -12.5 ', -12.5],
    ['1 234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ["1'234'567.25", 1234567.25],
    ['1\u00a0234', 1234],
    ['1\u2009234,75', 1234.75],
    ['1\u202f234', 1234],
    ['０．５', 0.5],
    ['\u2212 7', -7],
    ['1,5', 1.5],
    ['0,250', 0.25],
    ['1.5e3', 1500],
    ['.5', 0.5],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value, percent: false });
  });

  it.each([
    ['45%', 45],
    ['12,5 %', 12.5],
    ['７０％', 70],
  ])('reads the percentage "%s" as %d and says so', (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value, percent: true });
  });

  it.each(['1,234', '12,345'])('refuses to guess the separator of "%s"', (text) => {
    expect(parseNumberText(text)).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it.each(['abc', '12 34', '1,23,4.5', '1.2.3,4,5', '12a', '--1', '%', '', 'NR', '1 234.567,8', '1.234,5.6'])(
    'rejects "%s"',
    (text) => {
      expect(parseNumberText(text)).toEqual({ ok: false, reason: 'not_a_number' });
    },
  );

  it.each(['1e309', '-1e309', '1E400', 'Infinity', '-inf', '∞', 'NaN', '１ｅ３０９'])(
    'calls "%s" not finite rather than a number typed as text',
    (text) => {
      expect(parseNumberText(text)).toEqual({ ok: false, reason: 'not_finite' });
    },
  );
});
