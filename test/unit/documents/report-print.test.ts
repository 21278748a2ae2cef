import { describe, expect, it } from 'vitest';
import { buildVerificationReport } from '../../../core/documents/verification-report.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { reportInput, results, score, verdicts } from './fixtures.ts';
import { inkShare, pageWith, pdfText, renderPage } from './read-back.ts';

const englishPdf = await buildVerificationReport(reportInput('en'));
const english = pdfText(englishPdf);
const chinese = pdfText(await buildVerificationReport(reportInput('zh')));
const reportedValue = (id: string) => results.results.find((r) => r.dataPointId === id)!.value!;

describe('printed figures', () => {
  it('prints results with two decimals and a space between thousands, in both languages', () => {
    expect(reportedValue('EC.ICT.ICT.3C.MOBILE')).toBe(80_000);
    expect(english).toContain('EC.ICT.ICT.3C.MOBILE Mobile broadband subscriptions 80 000 per 100 000');
    expect(chinese).toContain('EC.ICT.ICT.3C.MOBILE 移动宽带用户 80 000 每 10 万居民');
    expect(english).not.toMatch(/\d,\d{3}/);
  });

  it('prints a yes/no data point as yes or no', () => {
    expect(reportedValue('EC.I.UP.2A.CONNECTED')).toBe(1);
    expect(english).toContain('EC.I.UP.2A.CONNECTED Spatial planning: connected city Yes yes/no');
    expect(chinese).toContain('EC.I.UP.2A.CONNECTED 空间规划：互联城市 是 是/否');
  });

  it('prints every percentage of the results with two decimals, never as "97 %"', () => {
    const results = english.slice(english.indexOf('2. Results per category'));
    // Band labels (0-33 %, > 95 %) are ranges, not results: the look-behind leaves them out.
    const percentages = [...results.matchAll(/(?<![-\d.]|> )(\d[\d ]*(?:\.\d+)?) %/g)].map((m) => m[1]);
    expect(percentages.length).toBeGreaterThan(50);
    expect(percentages.filter((p) => !/\.\d\d$/.test(p!))).toEqual([]);
  });

  it('prints chemical subscripts as readable digits, with no missing glyph, in both languages', () => {
    const formulas = ['NO2 (nitrogen dioxide)', 'SO2 (sulphur dioxide)', 'O3 (ozone)', 't CO2e per capita'];
    expect(formulas.filter((formula) => !english.includes(formula))).toEqual([]);
    expect(chinese).toContain('NO2（二氧化氮）');
    expect(chinese).toContain('O3（臭氧）');
    // A glyph the font lacks would still extract as ₂ (the text layer maps it), so none may be left.
    for (const text of [english, chinese]) expect(text).not.toMatch(/[\u2080-\u209c\ufffd\u2610\u25a1]/u);
  });
});

describe('who verified and how', () => {
  it('names the verifier, the supervisor, the mode, the interviews and the queries', () => {
    expect(english).toContain('Verifier Dr Vera Fication');
    expect(english).toContain('Supervisor Sam Supervisor');
    expect(english).toContain('Verification mode on-site');
    expect(english).toContain(
      'Verified by Dr Vera Fication, supervised by Sam Supervisor; verification mode: on-site.',
    );
    expect(english).toContain(
      '12 May 2026 (on-site) with Water utility, Statistics office: Water meters; Population register',
    );
    expect(english).toContain('EN.EN.WS.2C.TOTAL: Does the total include industrial consumption? (closed)');
    expect(chinese).toContain('核查员：Dr Vera Fication；监督人：Sam Supervisor；核查方式：现场。');
    expect(chinese).toContain('2026年5月12日（现场），参加者：Water utility, Statistics office');
    expect(chinese).toContain('（已关闭）');
  });
});

describe('charts and totals', () => {
  it('draws the category benchmark chart with each scored category and its score', () => {
    const page = pageWith(englishPdf, 'Category scores against the benchmark');
    expect(page).toBeGreaterThan(0);
    expect(inkShare(renderPage(englishPdf, page))).toBeGreaterThan(0.03);
    const employment = score.categories.find((c) => c.path === 'EC.P.EM')!;
    expect(english).toContain(`Employment * ${employment.percentage!.toFixed(2)} %`);
  });

  it('prints the total of a split KPI right after its data points', () => {
    expect(english).toContain(
      '10 000 per 100 000 inhabitants > 95 % * Yes ' +
        'EC.ICT.ICT.3C Wireless Broadband Subscriptions: total 90 000 per 100 000 inhabitants',
    );
    expect(english).toContain('SC.SH.SI.5A Child Care Availability: total 94.50 %');
    expect(chinese).toContain('EC.ICT.ICT.3C 无线宽带用户：合计 90 000');
  });
});

describe('illustrative targets', () => {
  it('says beside each score how much of it rests on illustrative targets', () => {
    const ict = score.categories.find((c) => c.path === 'EC.ICT.ICT')!;
    expect(english).toContain(
      `· ${ict.illustrativeKpis} of ${ict.scoredKpis} scored KPIs against an illustrative target *`,
    );
    expect(english).toContain('* Scored against an illustrative target set by the project');
    expect(chinese).toContain(
      `${ict.scoredKpis} 项已评分指标中有 ${ict.illustrativeKpis} 项依据示例性目标 *`,
    );
  });

  it('prints N/A for data points a table leaves unbenchmarked and scores the category on sourced targets only', async () => {
    const targets = { ...defaultTargets, illustrativeTargets: 'unbenchmarked' as const };
    const sourcedOnly = scoreSubmission(results, targets, verdicts);
    const text = pdfText(
      await buildVerificationReport({ ...reportInput('en'), targets, score: sourcedOnly }),
    );
    expect(text).toContain('EC.ICT.ICT.2C Fixed Broadband Subscriptions 50.00 % N/A Yes');
    expect(text).toContain('N/A: no sourced benchmark');
    expect(sourcedOnly.categories.find((c) => c.path === 'EC.ICT.ICT')).toMatchObject({
      scoredKpis: 1,
      illustrativeKpis: 0,
    });
  });
});
