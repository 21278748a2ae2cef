// Every reported value needs a data quality from the template's list and a data origin, as verifiers check first.
import { isCarriedOverNote } from '../template/carry-over.ts';
import { templateLayout } from '../template/layout.ts';
import { dataQualityFromCell } from '../template/lists.ts';
import { withReadings } from './compute-results.ts';
import type { DataPointReading } from './data-point-reading.ts';
import type { FindingList } from './findings.ts';
import type { DataPointResult } from './results.ts';

const { sheets, dataPoints } = templateLayout;

/**
 * Errors, not warnings: the U4SSC verification manual asks for the data quality category and the providing body
 * of every value, so a value without them cannot be verified. A data point not reported needs neither.
 */
export function checkMetadata(
  readings: DataPointReading[],
  results: DataPointResult[],
  findings: FindingList,
): void {
  for (const { reading, result } of withReadings(readings, results)) {
    if (!reading.row || result.status !== 'reported') continue;
    const at = (column: string) => ({
      sheet: sheets.dataPoints,
      cell: `${column}${reading.row}`,
      dataPointId: result.dataPointId,
    });
    const id = result.dataPointId;
    if (reading.dataQuality === '' && isCarriedOverNote(reading.notes)) {
      findings.error(
        'carried-over.unconfirmed',
        {
          en: `${id} still holds the value carried over from your previous cycle. Confirm it by choosing its data quality, or update it and replace the note.`,
          zh: `${id} 仍为沿用上一周期的数值。请选择数据质量以确认，或更新数值并替换备注。`,
        },
        at(dataPoints.columns.dataQuality),
      );
    } else if (reading.dataQuality === '') {
      findings.error(
        'metadata.data-quality-missing',
        {
          en: `${id} has a value but no data quality. Choose one from the dropdown.`,
          zh: `${id} 已填报数值，但未选择数据质量。请从下拉列表中选择。`,
        },
        at(dataPoints.columns.dataQuality),
      );
    } else if (!dataQualityFromCell(reading.dataQuality)) {
      findings.error(
        'metadata.data-quality-unknown',
        {
          en: `"${reading.dataQuality.slice(0, 80)}" is not one of the six data quality choices. Choose one from the dropdown.`,
          zh: `"${reading.dataQuality.slice(0, 80)}"不是六种数据质量选项之一。请从下拉列表中选择。`,
        },
        at(dataPoints.columns.dataQuality),
      );
    }
    if (reading.dataOrigin === '') {
      findings.error(
        'metadata.data-origin-missing',
        {
          en: `${id} has a value but no data origin. Name the department or body that provided it.`,
          zh: `${id} 已填报数值，但未注明数据提供机构。请填写提供该数据的部门或机构。`,
        },
        at(dataPoints.columns.dataOrigin),
      );
    }
  }
}
