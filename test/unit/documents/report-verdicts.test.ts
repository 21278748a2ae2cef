import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCitySnapshot } from '../../../core/documents/city-snapshot.ts';
import { buildVerificationAnnex } from '../../../core/documents/verification-annex.ts';
import { buildVerificationReport } from '../../../core/documents/verification-report.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import { initiatives, issuedAt, pilot, refused, reportInput, results, score } from './fixtures.ts';
import { pdfText } from './read-back.ts';

const report = pdfText(await buildVerificationReport(reportInput('en')));
const snapshot = pdfText(await buildCitySnapshot({ pilot, score, initiatives, issuedAt, language: 'en' }));
const annex = new ExcelJS.Workbook();
await annex.xlsx.load((await buildVerificationAnnex(reportInput('en'))) as never);
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;
/** The report's text between two section headings. */
const section = (from: string, to: string) => report.slice(report.indexOf(from), report.indexOf(to));

describe('review outcomes in the documents', () => {
  it('prints a rejected data point as not verified, with no band, and its reason under its id and name', () => {
    expect(report).toContain(
      'EN.EN.AQ.1C.NO2 Air pollution: NO2 (nitrogen dioxide) 50.00 µg/m³ not verified No',
    );
    expect(section('4. KPIs not verified', '5. Audit results')).toContain(
      `EN.EN.AQ.1C.NO2 Air pollution: NO2 (nitrogen dioxide): ${refused.rejected.note}`,
    );
  });

  it('names each data point beside a reason they share and prints the reason once', () => {
    const notVerified = section('4. KPIs not verified', '5. Audit results');
    expect(notVerified).toContain(
      'EC.ICT.ICT.4C.3G 3G coverage, EC.ICT.ICT.4C.4G 4G coverage, EC.ICT.ICT.4C.5G 5G coverage: ' +
        refused.shared.note,
    );
    expect(occurrences(notVerified, refused.shared.note)).toBe(1);
    expect(occurrences(notVerified, refused.rejected.note)).toBe(1);
  });

  it('prints an audit override as not verified with the audit note', () => {
    expect(section('4. KPIs not verified', '5. Audit results')).toContain(
      `SC: EH: ED: 1C Student ICT Access – ${refused.override.note}`,
    );
  });

  it('recomputes the category without the rejected data point', () => {
    const unverified = scoreSubmission(results, defaultTargets);
    const path = (s: typeof score) => s.categories.find((c) => c.path === 'EN.EN.AQ')!;
    expect(path(unverified).scoredKpis).toBe(1);
    expect(path(score)).toMatchObject({ scoredKpis: 0, percentage: null });
    expect(score.notScored).toContainEqual({
      kpiId: 'EN.EN.AQ.1C',
      reason: 'not_verified',
      dataPointNotes: [{ dataPointId: refused.rejected.id, note: refused.rejected.note }],
    });
  });

  it('prints the category score recomputed without the KPI whose data points were refused', () => {
    const unverified = scoreSubmission(results, defaultTargets);
    const ict = (s: typeof score) => s.categories.find((c) => c.path === 'EC.ICT.ICT')!;
    expect(ict(score).percentage).not.toBe(ict(unverified).percentage);
    expect(ict(score).scoredKpis).toBe(ict(unverified).scoredKpis - 1);
    expect(report).toContain(`Category score ${ict(score).percentage!.toFixed(2)} %`);
  });

  it('lists the KPIs not verified in the snapshot with the reason on each data point', () => {
    expect(snapshot).toContain('KPIs not verified (not scored)');
    expect(snapshot).toContain(
      `EN.EN.AQ.1C.NO2 Air pollution: NO2 (nitrogen dioxide): ${refused.rejected.note}`,
    );
    expect(occurrences(snapshot, refused.shared.note)).toBe(1);
    expect(snapshot).toContain('* Rests, at least in part, on an illustrative target set by the project');
  });

  it("gives the annex row of a rejected data point no band and no points, and the verifier's reason", () => {
    const points = annex.getWorksheet('Data points')!;
    const row = points
      .getRows(2, points.rowCount - 1)!
      .find((r) => r.getCell(1).value === refused.rejected.id)!;
    expect(row.getCell(6).value).toBe(50);
    expect(row.getCell(12).value).toBeNull();
    expect(row.getCell(13).value).toBeNull();
    expect(row.getCell(14).value).toBe('not verified');
    expect(row.getCell(15).value).toBe('not verified');
    expect(row.getCell(16).value).toBe(refused.rejected.note);
  });
});

describe('the annex on illustrative targets and totals', () => {
  it('counts the KPIs on an illustrative target beside each score and lists the KPI totals', () => {
    const scores = annex.getWorksheet('Scores')!;
    const ict = scores.getRows(2, scores.rowCount - 1)!.find((r) => r.getCell(2).value === 'EC.ICT.ICT')!;
    expect(scores.getRow(1).getCell(7).value).toBe('KPIs on an illustrative target');
    expect(ict.getCell(7).value).toBe(
      score.categories.find((c) => c.path === 'EC.ICT.ICT')!.illustrativeKpis,
    );
    const totals = annex.getWorksheet('KPI totals')!;
    const wireless = totals
      .getRows(2, totals.rowCount - 1)!
      .find((r) => r.getCell(1).value === 'EC: ICT: ICT: 3C')!;
    expect(wireless.getCell(3).value).toBe(90_000);
  });
});
