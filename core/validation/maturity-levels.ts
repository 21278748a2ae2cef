// Checks the Maturity sheet and reads the self-assessment: per characteristic a level 1-4, "not addressed" or
// "cannot assess", and evidence for every level.
import type { MaturityAnswer, MaturityEntry } from '../maturity/answers.ts';
import { templateLayout } from '../template/layout.ts';
import { maturityAnswerFromCell, maturityListValues } from '../template/lists.ts';
import { maturityCharacteristics } from '../template/maturity.ts';
import { cellText, columnNumber, type SheetGrid } from '../xlsx-reader/grid.ts';
import type { FindingList } from './findings.ts';
import { limits } from './limits.ts';
import { locateRows } from './locate-rows.ts';

const { maturity } = templateLayout;
const choices = maturityListValues.map(String);
const maxEvidence = 2000;

/**
 * Rows are located by id, as on every sheet. A value outside the list is an error on its cell; a blank answer, or a
 * level without evidence, is a warning: the self-assessment informs the profile, it does not block the KPIs.
 */
export function checkMaturity(sheet: SheetGrid | undefined, findings: FindingList): MaturityEntry[] {
  if (!sheet) return [];
  const { rows } = locateRows(
    sheet,
    {
      expected: maturityCharacteristics.map((characteristic) => characteristic.id),
      firstRow: maturity.firstDataRow,
      maxRows: limits.maxSheetRows,
      dataPoints: false,
    },
    findings,
  );
  return maturityCharacteristics.flatMap((characteristic): MaturityEntry[] => {
    const row = rows.get(characteristic.id);
    if (row === undefined) return [];
    const cell = sheet.cell(row, columnNumber(maturity.columns.level));
    const evidenceCell = sheet.cell(row, columnNumber(maturity.columns.evidence));
    const typed = cellText(cell).normalize('NFKC').trim();
    const evidence = cellText(evidenceCell).trim().slice(0, maxEvidence);
    const where = { sheet: sheet.name, cell: cell.address };
    let answer: MaturityAnswer = { kind: 'unanswered' };
    if (typed === '') {
      findings.warning(
        'maturity.level-missing',
        {
          en: `${characteristic.nameEn} has no answer: choose a level 1-4, Not addressed or Cannot assess from the dropdown.`,
          zh: `"${characteristic.nameZh}"尚未作答：请从下拉列表中选择 1-4 级、"未涉及"或"无法评估"。`,
        },
        where,
      );
    } else {
      const read = maturityAnswerFromCell(typed);
      if (read) answer = read;
      else {
        findings.error(
          'maturity.level-invalid',
          {
            en: `"${typed.slice(0, 40)}" is not a maturity answer for ${characteristic.nameEn}: choose ${choices.join(', ')} from the dropdown.`,
            zh: `"${typed.slice(0, 40)}"不是"${characteristic.nameZh}"的成熟度答案：请从下拉列表中选择 ${choices.join('、')}。`,
          },
          where,
        );
      }
    }
    if (answer.kind === 'level' && evidence === '') {
      findings.warning(
        'maturity.evidence-missing',
        {
          en: `${characteristic.nameEn} is rated level ${answer.level} without evidence: describe what shows the city is at that level.`,
          zh: `"${characteristic.nameZh}"评为第 ${answer.level} 级但没有佐证：请说明哪些事实表明城市达到该等级。`,
        },
        { sheet: sheet.name, cell: evidenceCell.address },
      );
    }
    return [{ characteristicId: characteristic.id, answer, ...(evidence ? { evidence } : {}) }];
  });
}
