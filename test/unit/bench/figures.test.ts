import { describe, expect, it } from 'vitest';
import { type Figure, formatFigure, meetsGoal, ratioToGoal } from '../../../bench/scale/figures.ts';

const rss = (value: number): Figure => ({
  figure: 'Peak RSS',
  value,
  unit: 'MB',
  goal: { kind: 'below', limit: 1024 },
});
const validated = (value: number): Figure => ({
  figure: 'Validated',
  value,
  unit: 'uploads',
  goal: { kind: 'atLeast', limit: 8 },
});

describe('a benchmark figure', () => {
  it('meets a ceiling only when under it, and prints its ratio to it', () => {
    expect(meetsGoal(rss(750))).toBe(true);
    expect(meetsGoal(rss(1024))).toBe(false);
    expect(formatFigure(rss(768))).toBe('Peak RSS: 768 MB   goal < 1024 MB   ratio 0.75 (met)');
  });

  it('meets a floor when it reaches it, and says when it missed', () => {
    expect(meetsGoal(validated(8))).toBe(true);
    expect(formatFigure(validated(7))).toBe('Validated: 7 uploads   goal ≥ 8 uploads   ratio 0.88 (MISSED)');
  });

  it('without a goal has no ratio and always passes', () => {
    const time: Figure = { figure: 'Last feedback', value: 94_345.4, unit: 'ms' };
    expect([ratioToGoal(time), meetsGoal(time)]).toEqual([undefined, true]);
    expect(formatFigure(time)).toBe('Last feedback: 94345.4 ms (no goal)');
  });
});
