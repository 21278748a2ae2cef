// Which cells of the workbook the city types into: the data point inputs, their notes and the city profile values.
import { allDataPoints, kpiCatalogue } from '../kpis/catalogue.ts';
import { type DataPoint, type InputId, operandsOf, type ProfileFieldId } from '../kpis/schema.ts';
import { templateLayout } from '../template/layout.ts';

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
