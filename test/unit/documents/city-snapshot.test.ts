import { describe, expect, it } from 'vitest';
import { buildCitySnapshot, highlightedCategories } from '../../../core/documents/city-snapshot.ts';
import { formatPercent } from '../../../core/documents/locale.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { resultsWith } from '../scoring/fixtures.ts';
import { initiatives, issuedAt, pilot, score } from './fixtures.ts';
import { asRead, expectEveryPageInked, inkShare, pageWith, pdfText, renderPage } from './read-back.ts';

const ranked = score.categories
  .filter((c) => c.percentage !== null)
  .sort((a, b) => b.percentage! - a.percentage!);

describe('city snapshot', () => {
  it('shows dimension scores, highlights, the radar per dimension, initiatives and SDG targets in English', async () => {
    const pdf = await buildCitySnapshot({ pilot, score, initiatives, issuedAt, language: 'en' });
    const text = pdfText(pdf);
    expect(text).toContain('U4SSC City Snapshot · Aurora, Utopia');
    expect(text).toContain(asRead(`${ranked[0]!.nameEn}: ${formatPercent(ranked[0]!.percentage, 'en')}`));
    expect(text).toContain('Benchmarking wheel by category (0-100)');
    for (const d of score.dimensions)
      expect(text).toContain(asRead(`${d.nameEn} · ${formatPercent(d.percentage, 'en')}`));
    expect(text).toContain(initiatives[0]);
    expect(text).toContain('SDG 6 · Clean water and sanitation: 6.1, 6.1.1');
    // Chart labels are text drawn by the chart, so they are extractable too.
    expect(text).toContain('Public Space and Nature');
    expectEveryPageInked(pdf);
  });

  it('draws the charts: the radar page carries far more ink than text alone', async () => {
    const pdf = await buildCitySnapshot({ pilot, score, initiatives: [], issuedAt, language: 'en' });
    expect(inkShare(renderPage(pdf, pageWith(pdf, 'Benchmarking wheel')))).toBeGreaterThan(0.05);
    expect(pdfText(pdf)).toContain('The city has not listed initiatives.');
  });

  it('is written in Chinese, chart labels included', async () => {
    const pdf = await buildCitySnapshot({ pilot, score, initiatives, issuedAt, language: 'zh' });
    const text = pdfText(pdf);
    for (const expected of [
      'U4SSC 城市概况',
      '亮点',
      '各类别基准轮盘',
      '公共空间与自然',
      '可持续发展目标 6 · 清洁饮水和卫生设施',
    ]) {
      expect(text).toContain(expected);
    }
    expectEveryPageInked(pdf);
  });
});

describe('snapshot highlights', () => {
  // Karmøy's case: few categories scored, so the top three and the bottom three overlapped.
  const fewScored = scoreSubmission(
    resultsWith({ 'EC.ICT.WS.1C': 25, 'EC.I.WS.1C': 100, 'EN.EN.WS.1C': 60 }),
    defaultTargets,
  );

  it('never lists a category both among the strongest and among those with the most room to improve', () => {
    const { strongest, weakest } = highlightedCategories(fewScored);
    expect(strongest.map((c) => c.path)).toEqual(['EC.I.WS', 'EN.EN.WS']);
    expect(weakest.map((c) => c.path)).toEqual(['EC.ICT.WS']);
    const single = scoreSubmission(resultsWith({ 'EC.ICT.WS.1C': 25 }), defaultTargets);
    expect(highlightedCategories(single)).toMatchObject({ weakest: [] });
  });

  it('prints each of few scored categories once', async () => {
    const pdf = await buildCitySnapshot({ pilot, score: fewScored, initiatives, issuedAt, language: 'en' });
    const text = pdfText(pdf);
    expect(text.split('Water and Sanitation (ICT): 25.00 %').length - 1).toBe(1);
  });
});
