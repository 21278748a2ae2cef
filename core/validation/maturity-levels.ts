// Checks the Maturity sheet and reads the self-assessment: per characteristic a level 1-4, "not addressed" or
// "cannot assess", and evidence for every level.
import { checkMaturityAnswer } from '../maturity/answer-check.ts';
import type { MaturityEntry } from '../maturity/answers.ts';
import { templateLayout } from '../template/layout.ts';
import { maturityCharacteristics } from '../template/maturity.ts';
import { cellText, columnNumber, type SheetGrid } from '../xlsx-reader/grid.ts';
import type { FindingList } from './findings.ts';
import { limits } from './limits.ts';
import { locateRows } from './locate-rows.ts';

const { maturity } = templateLayout;

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
    const { entry, problems } = checkMaturityAnswer(characteristic, cellText(cell), cellText(evidenceCell));
    for (const problem of problems) {
      const at = problem.field === 'level' ? cell : evidenceCell;
      findings.add(problem.severity, problem.rule, problem.message, { sheet: sheet.name, cell: at.address });
    }
    return [entry];
  });
}
