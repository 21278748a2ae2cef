import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../core/documents/locale.ts';
import { buildVerificationAnnex } from '../../../core/documents/verification-annex.ts';
import { buildVerificationReport } from '../../../core/documents/verification-report.ts';
import { findKpi } from '../../../core/kpis/catalogue.ts';
import { conclusion, reportInput, results, score } from './fixtures.ts';
import { asRead, expectEveryPageInked, pdfText } from './read-back.ts';

const education = score.categories.find((c) => c.path === 'SC.EH.ED')!;
const notVerified = findKpi(conclusion.perKpi.find((d) => !d.verified)!.kpiId)!;
const notReported = findKpi(score.notScored.find((n) => n.reason === 'not_reported')!.kpiId)!;

// Built once: rendering a report takes seconds on a shared machine, the assertions only read it back.
const english = await buildVerificationReport(reportInput('en'));
const chinese = await buildVerificationReport(reportInput('zh'));

describe('verification report', () => {
  it('has every section and the figures of the dataset in English', () => {
    const pdf = english;
    const text = pdfText(pdf);
    for (const section of [
      'U4SSC KPI Verification Report',
      '1. Summary',
      '2. Results per category',
      '3. KPIs not reported',
      '4. KPIs not verified',
      '5. Audit results',
      '6. Policy recommendations',
      '7. Improvement opportunities',
      '8. Next steps',
    ]) {
      expect(text).toContain(section);
    }
    expect(text).toContain('Aurora, Utopia');
    expect(text).toContain(`Data points reported: ${results.summary.reported} / 132`);
    expect(text).toContain(
      asRead(`Category score ${formatPercent(education.percentage, 'en')} (band ${education.band!.label})`),
    );
    expect(text).toContain(`${notVerified.code} ${notVerified.nameEn}`);
    expect(text).toContain(`${notReported.code} ${notReported.nameEn}`);
    expect(text).toContain('No municipal source for this data yet');
    const [recommendation] = conclusion.policyRecommendations;
    expect(text).toContain(recommendation!.text.en);
    expect(text).toContain('KPIs: EN.EN.WS.1C, EN.EN.WS.2C');
    expect(text).toContain('Case study No. 7: Smart water meters (Borealis)');
    expect(text).toContain(conclusion.improvementOpportunities[0]!.text.en);
    expect(text).toContain(conclusion.nextSteps[1]!.text.en);
    for (const item of [...conclusion.policyRecommendations, ...conclusion.nextSteps])
      expect(text).not.toContain(item.text.zh);
    expectEveryPageInked(pdf);
  });

  it('is written in Chinese with embedded fonts that render', () => {
    const pdf = chinese;
    const text = pdfText(pdf);
    for (const section of [
      '核查报告',
      '1. 概要',
      '2. 各类别结果',
      '3. 未报告的指标',
      '4. 未核查的指标',
      '8. 后续步骤',
    ]) {
      expect(text).toContain(section);
    }
    expect(text).toContain(`已报告数据点: ${results.summary.reported} / 132`);
    expect(text).toContain(`${notVerified.code} ${notVerified.nameZh}`);
    expect(text).toContain(asRead(`类别得分 ${formatPercent(education.percentage, 'zh')}`));
    // The verifier's guidance in Chinese only: no English text pasted into the Chinese report.
    const guidance = [
      ...conclusion.policyRecommendations,
      ...conclusion.improvementOpportunities,
      ...conclusion.nextSteps,
    ];
    for (const item of guidance) {
      expect(text).toContain(asRead(item.text.zh));
      expect(text).not.toContain(item.text.en);
    }
    expect(text).toContain('相关指标：EN.EN.WS.1C、EN.EN.WS.2C');
    expect(text).toContain('案例研究第 7 号：Smart water meters（Borealis）');
    expect(pdf.toString('latin1')).toContain('/FontFile3');
    expectEveryPageInked(pdf);
  });

  it('refuses a score computed with another targets version', async () => {
    const input = { ...reportInput('en'), score: { ...score, targetsVersion: 99 } };
    await expect(buildVerificationReport(input)).rejects.toThrow(/targets v99/);
  });
});

describe('verification annex', () => {
  it('round-trips every data point and every score through exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildVerificationAnnex(reportInput('en'))) as never);
    const points = workbook.getWorksheet('Data points')!;
    expect(points.rowCount).toBe(1 + 132);
    const byId = new Map<string, ExcelJS.Row>();
    points.eachRow((row) => byId.set(String(row.getCell(1).value), row));
    for (const result of results.results) {
      expect(byId.get(result.dataPointId)?.getCell(6).value).toBe(result.value ?? 'NR');
    }
    const scored = score.dataPoints[0]!;
    expect(byId.get(scored.dataPointId)?.getCell(13).value).toBe(scored.band.points);
    const scores = workbook.getWorksheet('Scores')!;
    const education = scores.getRows(1, scores.rowCount)!.find((r) => r.getCell(2).value === 'SC.EH.ED')!;
    expect(education.getCell(4).value).toBe(score.categories.find((c) => c.path === 'SC.EH.ED')!.points);
  });

  it('uses Chinese headers and sheet names in Chinese', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildVerificationAnnex(reportInput('zh'))) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['数据点', '得分', '指标合计']);
    expect(workbook.getWorksheet('数据点')!.getRow(1).getCell(1).value).toBe('数据点编号');
  });
});
