// Checks the Maturity sheet: each characteristic's level must be one of the template's list (1 to 4), or empty.
import { templateLayout } from '../template/layout.ts';
import { maturityLevels } from '../template/lists.ts';
import { maturityCharacteristics } from '../template/maturity.ts';
import { cellText, columnNumber, type SheetGrid } from '../xlsx-reader/grid.ts';
import type { FindingList } from './findings.ts';
import { limits } from './limits.ts';
import { locateRows } from './locate-rows.ts';

const { maturity } = templateLayout;
const allowed = maturityLevels.map((level) => String(level.level));

/** Rows are located by id, as on every sheet; a level outside the list is an error on its cell. */
export function checkMaturity(sheet: SheetGrid | undefined, findings: FindingList): void {
  if (!sheet) return;
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
  for (const characteristic of maturityCharacteristics) {
    const row = rows.get(characteristic.id);
    if (row === undefined) continue;
    const cell = sheet.cell(row, columnNumber(maturity.columns.level));
    // A pasted "3" (text) is the same answer as the number 3 the dropdown enters.
    const typed = cellText(cell).normalize('NFKC').trim();
    if (typed === '') continue;
    if (allowed.includes(typed)) continue;
    findings.error(
      'maturity.level-invalid',
      {
        en: `"${typed.slice(0, 40)}" is not a maturity level of ${characteristic.nameEn}: choose ${allowed.join(', ')} from the dropdown.`,
        zh: `"${typed.slice(0, 40)}"不是"${characteristic.nameZh}"的成熟度等级：请从下拉列表中选择 ${allowed.join('、')}。`,
      },
      { sheet: sheet.name, cell: cell.address },
    );
  }
}
