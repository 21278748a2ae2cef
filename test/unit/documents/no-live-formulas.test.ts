// Text that people type (a city's name and reasons, a verifier's notes, a target's source) reaches the verification
// annex as text: a cell holding "=HYPERLINK(…)" must never be a formula a spreadsheet program runs.
import { describe, expect, it } from 'vitest';
import { buildVerificationAnnex } from '../../../core/documents/verification-annex.ts';
import { loadWorkbook } from '../../../core/xlsx.ts';
import { storedFormulas } from '../../fixtures/workbook-formulas.ts';
import { conclusion, pilot, reportInput, results } from './fixtures.ts';

const injected = '=HYPERLINK("http://attacker.example/x","open")';

function hostileInput() {
  const input = reportInput('en');
  return {
    ...input,
    pilot: { ...pilot, cityName: injected },
    results: { ...results, results: results.results.map((r) => ({ ...r, cityReason: injected })) },
    conclusion: { ...conclusion, perKpi: conclusion.perKpi.map((k) => ({ ...k, note: injected })) },
    targets: { ...input.targets, entries: input.targets.entries.map((e) => ({ ...e, source: injected })) },
  };
}

describe('the verification annex', () => {
  it('writes every typed text as a string cell and holds no formula at all', async () => {
    const annex = await buildVerificationAnnex(hostileInput());

    expect(await storedFormulas(annex)).toEqual([]);
    const texts: unknown[] = [];
    for (const sheet of (await loadWorkbook(annex)).worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          if (String(cell.value).includes('attacker.example')) texts.push(cell.value);
        });
      });
    }
    // The target sources at least are printed, each exactly as typed.
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts)).toEqual(new Set([injected]));
  });
});
