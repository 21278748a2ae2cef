// Which cells of the workbook the city types into: data point inputs and notes, profile values, maturity answers.
import { allDataPoints, kpiCatalogue } from '../kpis/catalogue.ts';
import { type DataPoint, type InputId, operandsOf, type ProfileFieldId } from '../kpis/schema.ts';
import { templateLayout } from '../template/layout.ts';
import { maturityCharacteristics } from '../template/maturity.ts';

const { dataPoints, cityProfile } = templateLayout;

/** Columns (letters) of the inputs a data point's computation reads from its own row. */
export function inputColumns(point: DataPoint): { input: InputId; column: string }[] {
  return operandsOf(point.computation).flatMap((operand) =>
    'input' in operand ? [{ input: operand.input, column: dataPoints.columns[operand.input] }] : [],
  );
}

/** Columns of a data point row that take free text or a dropdown choice. */
export const noteColumns = (['dataQuality', 'dataOrigin', 'source', 'notes'] as const).map(
  (key) => dataPoints.columns[key],
);

/** Profile fields whose value is a number (all but the currency code). */
export const numericProfileFields: ProfileFieldId[] = kpiCatalogue.cityProfile
  .filter((field) => field.valueType !== 'text')
  .map((field) => field.id);

/** Profile fields that at least one data point divides or multiplies by. */
export const referencedProfileFields = new Set<ProfileFieldId>(
  allDataPoints().flatMap((point) =>
    operandsOf(point.computation).flatMap((operand) => ('profile' in operand ? [operand.profile] : [])),
  ),
);

export const profileValueColumn = cityProfile.columns.value;

/** For each sheet with input cells: the columns a city may edit on the row of each id (column A). */
export function editableColumnsByRowId(): Map<string, Map<string, string[]>> {
  const { sheets, maturity } = templateLayout;
  return new Map([
    [sheets.cityProfile, new Map(kpiCatalogue.cityProfile.map((field) => [field.id, [profileValueColumn]]))],
    [
      sheets.dataPoints,
      new Map(
        allDataPoints().map((point) => [
          point.id,
          [...inputColumns(point).map((input) => input.column), ...noteColumns],
        ]),
      ),
    ],
    [
      sheets.maturity,
      new Map(
        maturityCharacteristics.map((characteristic) => [
          characteristic.id,
          [maturity.columns.level, maturity.columns.evidence],
        ]),
      ),
    ],
  ]);
}

/** The cell a finding about a row's result points at: its first input, since the result cell itself is locked. */
export function firstInputCell(reading: { cells: Partial<Record<InputId, string>> }): string | undefined {
  return Object.values(reading.cells)[0];
}
