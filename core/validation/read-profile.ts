// Reads the CityProfile sheet (rows located by field id): the shared denominators every per-capita KPI uses.
import { kpiCatalogue } from '../kpis/catalogue.ts';
import type { CityProfileValues } from '../kpis/compute.ts';
import type { ProfileFieldId } from '../kpis/schema.ts';
import { templateLayout } from '../template/layout.ts';
import { columnNumber, type SheetGrid } from '../xlsx-reader/grid.ts';
import { reportReading } from './cell-findings.ts';
import type { FindingList } from './findings.ts';
import { profileValueColumn } from './input-cells.ts';
import { limits } from './limits.ts';
import { locateRows } from './locate-rows.ts';
import { readNumberCell, readTextCell } from './read-cell.ts';

export interface ProfileReading {
  values: CityProfileValues;
  /** Cell address of each field's value, for findings about it. */
  cells: Partial<Record<ProfileFieldId, string>>;
  /** Fields whose cell holds something that is not a number (already reported). */
  unreadable: Set<ProfileFieldId>;
}

const valueColumn = columnNumber(profileValueColumn);

export function readProfile(sheet: SheetGrid, findings: FindingList): ProfileReading {
  const fields = kpiCatalogue.cityProfile;
  const { rows } = locateRows(
    sheet,
    {
      expected: fields.map((field) => field.id),
      firstRow: templateLayout.cityProfile.firstDataRow,
      maxRows: limits.maxSheetRows,
      dataPoints: false,
    },
    findings,
  );
  const reading: ProfileReading = { values: {}, cells: {}, unreadable: new Set() };
  for (const field of fields) {
    const row = rows.get(field.id);
    if (row === undefined) continue;
    const cell = sheet.cell(row, valueColumn);
    reading.cells[field.id] = cell.address;
    const at = { sheet: sheet.name, cell: cell.address };
    if (field.valueType === 'text') {
      reading.values[field.id] = readTextCell(cell) || null;
      continue;
    }
    const number = readNumberCell(cell);
    reading.values[field.id] = reportReading(number, at, findings);
    if (number.kind === 'invalid') reading.unreadable.add(field.id);
  }
  return reading;
}
