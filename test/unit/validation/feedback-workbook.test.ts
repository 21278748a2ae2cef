import type { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateLayout } from '../../../core/template/layout.ts';
import { buildFeedbackWorkbook } from '../../../core/validation/feedback-workbook.ts';
import { validateWorkbook } from '../../../core/validation/validate-workbook.ts';
import { loadWorkbook } from '../../../core/xlsx.ts';
import {
  cellRef,
  dataPointCell,
  filledWorkbook,
  pilotId,
  signingKey,
  templateBytes,
} from '../../fixtures/city-workbook.ts';
import { storedFormulas } from '../../fixtures/workbook-formulas.ts';

const context = { pilotId, signingKey };
/** exceljs keeps a sheet's protection in a property its type declarations omit. */
type Protected = { sheetProtection: { sheet?: boolean } | null };
const { sheets } = templateLayout;
const argb = (workbook: Workbook, reference: string) => {
  const [sheet = '', address = ''] = reference.split('!');
  const fill = workbook.getWorksheet(sheet)!.getCell(address).fill;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
};

/** A workbook with one error (negative count) and one warning (formula) on two input cells. */
async function flawed(edit?: (workbook: Workbook) => void) {
  return filledWorkbook((workbook) => {
    dataPointCell(workbook, 'EC.ICT.WS.1C', 'numerator').value = -3;
    dataPointCell(workbook, 'EC.ICT.ES.1C', 'numerator').value = { formula: '1+2', result: 3 };
    edit?.(workbook);
  });
}

describe('buildFeedbackWorkbook', () => {
  it('highlights and notes the problem cells only, and lists every finding on a Findings sheet', async () => {
    const bytes = await flawed();
    const validation = await validateWorkbook(bytes, context);
    const feedback = await loadWorkbook(await buildFeedbackWorkbook(bytes, validation.findings));

    expect(argb(feedback, cellRef('EC.ICT.WS.1C', 'numerator'))).toBe('FFFF9C9C');
    expect(argb(feedback, cellRef('EC.ICT.ES.1C', 'numerator'))).toBe('FFFFE699');
    expect(argb(feedback, cellRef('EC.ICT.T.1C', 'numerator'))).toBe('FFFCE4D6');
    const note = dataPointCell(feedback, 'EC.ICT.WS.1C', 'numerator').note;
    expect(JSON.stringify(note)).toContain('Negative value -3');

    const findings = feedback.getWorksheet('Findings')!;
    const negative = validation.findings.find((finding) => finding.rule === 'value.negative')!;
    expect(findings.rowCount).toBe(validation.findings.length + 1);
    expect(findings.getRow(2).values).toEqual([
      undefined,
      'error',
      sheets.dataPoints,
      cellRef('EC.ICT.WS.1C', 'numerator'),
      'EC.ICT.WS.1C',
      'value.negative',
      negative.message.en,
      negative.message.zh,
    ]);
  });

  it('restores sheet protection and unlocked inputs lost by a LibreOffice round trip', async () => {
    // exceljs reads LibreOffice's protection flags as absent: simulate that state in the uploaded file.
    const bytes = await flawed((workbook) => {
      for (const sheet of workbook.worksheets) {
        (sheet as unknown as Protected).sheetProtection = null;
        sheet.eachRow((row) => {
          row.eachCell((cell) => {
            cell.style = { ...cell.style, protection: { locked: true } };
          });
        });
      }
    });
    const feedback = await loadWorkbook(
      await buildFeedbackWorkbook(bytes, (await validateWorkbook(bytes, context)).findings),
    );
    const dataPoints = feedback.getWorksheet(sheets.dataPoints)!;
    expect((dataPoints as unknown as Protected).sheetProtection).toMatchObject({ sheet: true });
    expect(dataPointCell(feedback, 'EC.ICT.T.1C', 'numerator').protection).toMatchObject({ locked: false });
    expect(dataPointCell(feedback, 'EC.ICT.T.1C', 'notes').protection).toMatchObject({ locked: false });
    expect(dataPointCell(feedback, 'EC.ICT.T.1C', 'labelEn').protection?.locked).not.toBe(false);
    const profile = feedback.getWorksheet(sheets.cityProfile)!;
    expect(profile.getCell('E3').protection).toMatchObject({ locked: false });
  });

  it('gives the same findings when the feedback workbook is fixed nowhere and uploaded again', async () => {
    const bytes = await filledWorkbook((workbook) => {
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'numerator').value = -3;
    });
    const validation = await validateWorkbook(bytes, context);
    expect(validation.findings.map((finding) => finding.rule)).toContain('value.negative');
    const again = await validateWorkbook(await buildFeedbackWorkbook(bytes, validation.findings), context);
    expect(again.findings).toEqual(validation.findings);
    const thrice = await validateWorkbook(await buildFeedbackWorkbook(bytes, again.findings), context);
    expect(thrice.findings).toEqual(validation.findings);
  });

  it('gives back a city formula as the value it showed, so uploading the feedback again drops only that warning', async () => {
    const bytes = await flawed();
    const validation = await validateWorkbook(bytes, context);
    const feedback = await buildFeedbackWorkbook(bytes, validation.findings);
    expect(dataPointCell(await loadWorkbook(feedback), 'EC.ICT.ES.1C', 'numerator').value).toBe(3);
    const again = await validateWorkbook(feedback, context);
    expect(again.findings).toEqual(validation.findings.filter((finding) => finding.rule !== 'value.formula'));
  });

  it('turns formulas and links typed into text cells into plain text, and keeps every formula of the template', async () => {
    const link = 'HYPERLINK("http://attacker.example/x","Statistical yearbook")';
    const bytes = await filledWorkbook((workbook) => {
      dataPointCell(workbook, 'EC.ICT.T.1C', 'source').value = {
        formula: link,
        result: 'Statistical yearbook',
      };
      dataPointCell(workbook, 'EC.ICT.T.1C', 'notes').value = {
        text: 'see the portal',
        hyperlink: 'http://attacker.example/y',
      };
      dataPointCell(workbook, 'EC.ICT.T.1C', 'dataOrigin').value = '=HYPERLINK("http://attacker.example/z")';
      // A result formula the city replaced by its own: it is not the template's, so it becomes its value.
      dataPointCell(workbook, 'EC.ICT.ES.1C', 'result').value = {
        formula: 'WEBSERVICE("http://x")',
        result: 7,
      };
    });
    const feedbackBytes = await buildFeedbackWorkbook(
      bytes,
      (await validateWorkbook(bytes, context)).findings,
    );
    const feedback = await loadWorkbook(feedbackBytes);

    const source = dataPointCell(feedback, 'EC.ICT.T.1C', 'source');
    expect(source.formula).toBeUndefined();
    expect(source.value).toBe('Statistical yearbook');
    expect(dataPointCell(feedback, 'EC.ICT.T.1C', 'notes').value).toBe('see the portal');
    expect(dataPointCell(feedback, 'EC.ICT.T.1C', 'dataOrigin').value).toBe(
      '=HYPERLINK("http://attacker.example/z")',
    );
    expect(dataPointCell(feedback, 'EC.ICT.ES.1C', 'result').value).toBe(7);

    const stored = await storedFormulas(feedbackBytes);
    expect(stored.filter((formula) => /HYPERLINK|WEBSERVICE/.test(formula.text))).toEqual([]);
    expect(feedbackBytes.includes('attacker.example')).toBe(false);
    const template = await storedFormulas(await templateBytes());
    // Every formula of the template stays where it was, but the one the city overwrote.
    expect(stored).toHaveLength(template.length - 1);
    expect(stored.map((formula) => formula.text)).toEqual(
      template
        .filter((formula) => stored.some((kept) => kept.address === formula.address))
        .map((f) => f.text),
    );
  });

  it('lists a finding on a range without marking any cell for it', async () => {
    const bytes = await filledWorkbook();
    const range = {
      severity: 'warning' as const,
      rule: 'test.range',
      cell: `${sheets.dataPoints}!J2:J9`,
      message: { en: 'A range', zh: '一个范围' },
    };
    const feedback = await loadWorkbook(await buildFeedbackWorkbook(bytes, [range]));
    expect(feedback.getWorksheet('Findings')!.getCell('E2').value).toBe('test.range');
    expect(argb(feedback, `${sheets.dataPoints}!J2`)).not.toBe('FFFFE699');
  });

  it('never parses a rejected upload and returns the findings alone', async () => {
    const truncated = (await filledWorkbook()).subarray(0, 10_000);
    const validation = await validateWorkbook(truncated, context);
    const feedback = await loadWorkbook(await buildFeedbackWorkbook(truncated, validation.findings));
    expect(feedback.worksheets.map((sheet) => sheet.name)).toEqual(['Findings']);
    expect(feedback.getWorksheet('Findings')!.getCell('E2').value).toBe('zip.corrupt');
  });
});
