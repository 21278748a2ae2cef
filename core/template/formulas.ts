// The formulas the template writes into its locked cells, shared by the builder and by validation's tamper check.
import type { DataPoint, ProfileFieldId } from '../kpis/schema.ts';
import { profileFieldRow, templateLayout } from './layout.ts';

const c = templateLayout.dataPoints.columns;

/** What a result cell shows until every input of its row is present. */
export const NOT_REPORTED = 'NR';

/** Shows the profile value in the row, or stays empty so the result shows NR until the profile is filled. */
export function profileReference(fieldId: ProfileFieldId): string {
  const cell = `${templateLayout.sheets.cityProfile}!$${templateLayout.cityProfile.columns.value}$${profileFieldRow(fieldId)}`;
  return `IF(ISNUMBER(${cell}),${cell},"")`;
}

/** Mirrors computeResult: NR until every operand is a number, and NR on a zero denominator. */
export function resultFormula(point: DataPoint, row: number): string {
  const computation = point.computation;
  const value = `${c.value}${row}`;
  if (computation.kind === 'yesNo') return `IF(${value}="YES",1,IF(${value}="NO",0,"${NOT_REPORTED}"))`;
  if (computation.kind === 'direct') return `IF(ISNUMBER(${value}),${value},"${NOT_REPORTED}")`;
  const numerator = `${c.numerator}${row}`;
  const denominator = `${c.denominator}${row}`;
  return (
    `IF(AND(ISNUMBER(${numerator}),ISNUMBER(${denominator})),` +
    `IF(${denominator}=0,"${NOT_REPORTED}",${numerator}/${denominator}*${computation.scale}),"${NOT_REPORTED}")`
  );
}

/** The locked formula cells of a data point's row: the result, and each operand the city profile supplies. */
export function lockedFormulas(
  point: DataPoint,
  row: number,
): { column: 'numerator' | 'denominator' | 'result'; formula: string }[] {
  const computation = point.computation;
  const fromProfile =
    computation.kind === 'ratio'
      ? (['numerator', 'denominator'] as const).flatMap((column) => {
          const operand = computation[column];
          return 'profile' in operand ? [{ column, formula: profileReference(operand.profile) }] : [];
        })
      : [];
  return [...fromProfile, { column: 'result', formula: resultFormula(point, row) }];
}
