import { describe, expect, it } from 'vitest';
import { barSvg, radarSvg } from '../../../core/documents/charts.ts';
import { formatNumber, formatPercent, formatResult } from '../../../core/documents/locale.ts';
import { plainSubscripts } from '../../../core/documents/subscripts.ts';

describe('printed figures', () => {
  it('groups thousands with a non-breaking space and keeps two decimals, in English and Chinese alike', () => {
    expect(formatNumber(95_423.812, 'en')).toBe('95\u00a0423.81');
    expect(formatNumber(95_423.812, 'zh')).toBe('95\u00a0423.81');
    expect(formatNumber(1_234_567, 'en')).toBe('1\u00a0234\u00a0567.00');
    expect(formatNumber(0.005, 'en')).toBe('0.01');
  });

  it('prints a result from a thousand on as a whole number, as U4SSC prints "95 424", and NR without a value', () => {
    expect(formatResult(95_423.812, 'en')).toBe('95\u00a0424');
    expect(formatResult(999.994, 'zh')).toBe('999.99');
    expect(formatResult(-1500.5, 'en')).toBe('-1\u00a0501');
    expect([formatResult(null, 'en'), formatResult(null, 'zh')]).toEqual(['NR', '未报告']);
  });

  it('prints a percentage with two decimals and the sign after a non-breaking space', () => {
    expect(formatPercent(97, 'en')).toBe('97.00\u00a0%');
    expect(formatPercent(56.25, 'zh')).toBe('56.25\u00a0%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('turns chemical subscripts into plain digits where text cannot be lowered', () => {
    expect(plainSubscripts('NO₂, SO₂, O₃, CO₂e, PM₂.₅')).toBe('NO2, SO2, O3, CO2e, PM2.5');
  });
});

describe('chart labels', () => {
  it('label a subscript as a plain digit, since chart text cannot be lowered', () => {
    const svg = barSvg([{ name: 'NO₂', value: 50, label: '50.00 %', colour: '#000000' }], {
      width: 300,
      height: 60,
    });
    expect(svg).toContain('>NO2<');
    expect(radarSvg([{ name: 'CO₂e', value: 10 }], { width: 300, height: 300 })).toContain('CO2e');
  });
});
