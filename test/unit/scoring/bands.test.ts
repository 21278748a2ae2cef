import { describe, expect, it } from 'vitest';
import { bandFor, performancePercentage } from '../../../core/scoring/bands.ts';

describe('bandFor', () => {
  it.each([
    [0, 1],
    [32.999, 1],
    [33, 2],
    [65.999, 2],
    [66, 3],
    [95, 3],
    [95.0001, 4],
    [400, 4],
  ])('%s %% of target scores %s', (percentage, points) => {
    expect(bandFor(percentage).points).toBe(points);
  });

  it('labels the bands as the manual does', () => {
    expect([10, 50, 80, 99].map((p) => bandFor(p).label)).toEqual(['0-33 %', '33-66 %', '66-95 %', '> 95 %']);
  });
});

describe('performancePercentage', () => {
  it('is value / target when higher is better', () => {
    expect(performancePercentage(80, 100, 'higher')).toBe(80);
    expect(performancePercentage(150, 100, 'higher')).toBe(150);
  });

  it('is target / value when lower is better', () => {
    expect(performancePercentage(10, 5, 'lower')).toBe(50);
    expect(performancePercentage(4, 5, 'lower')).toBe(125);
    expect(performancePercentage(0, 5, 'lower')).toBe(Number.POSITIVE_INFINITY);
  });

  it('treats half and double a level target alike', () => {
    expect(performancePercentage(50, 100, 'target')).toBe(50);
    expect(performancePercentage(200, 100, 'target')).toBe(50);
    expect(performancePercentage(100, 100, 'target')).toBe(100);
    expect(performancePercentage(0, 100, 'target')).toBe(0);
  });

  it('is not pushed across a boundary by floating-point noise', () => {
    // 0.1 * 3 / 0.3 is 1.0000000000000002 in binary floating point.
    expect(performancePercentage(0.1 * 3, 0.3, 'higher')).toBe(100);
    expect(bandFor(performancePercentage(0.95 * 3, 3, 'higher')).points).toBe(3);
  });
});
