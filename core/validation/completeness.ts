// Completeness: every core data point is reported or declared not reported with a reason; profile values are present.

import { kpiCatalogue } from '../kpis/catalogue.ts';
import { templateLayout } from '../template/layout.ts';
import type { DataPointReading } from './data-point-reading.ts';
import type { FindingList } from './findings.ts';
import { referencedProfileFields } from './input-cells.ts';
import type { ProfileReading } from './read-profile.ts';
import type { DataPointResult } from './results.ts';

const { sheets, dataPoints } = templateLayout;

export function checkCompleteness(
  readings: DataPointReading[],
  results: DataPointResult[],
  profile: ProfileReading,
  findings: FindingList,
): void {
  checkProfile(profile, findings);
  results.forEach((result, index) => {
    const reading = readings[index];
    if (!reading?.row || result.status === 'reported') return;
    if (result.reason === 'zero_denominator') {
      findings.warning(
        'value.zero-denominator',
        {
          en: 'The denominator is 0, so the result cannot be computed and stays not reported.',
          zh: '分母为 0，无法计算结果，视为未报告。',
        },
        { ...denominatorCell(reading, profile), dataPointId: result.dataPointId },
      );
    }
    // Unreadable or negative inputs already have their own error; a missing profile value is reported once, above.
    if (reading.unreadable.length > 0 || result.reason !== 'missing_input') return;
    if (result.tier !== 'core' || result.cityReason) return;
    const missing = Object.entries(reading.cells).find(([input]) => reading.inputs[input as never] == null);
    findings.error(
      'completeness.core-missing',
      {
        en: `Core data point ${result.dataPointId} is not reported. Enter its value, or write "NR: <reason>" in Notes.`,
        zh: `核心数据点 ${result.dataPointId} 未填报。请填写数值，或在"备注"中写明"未报告：<原因>"。`,
      },
      {
        sheet: sheets.dataPoints,
        cell: missing?.[1] ?? `${dataPoints.columns.notes}${reading.row}`,
        dataPointId: result.dataPointId,
      },
    );
  });
}

/** A denominator the city profile supplies is shown by a locked formula: the city changes the profile cell. */
function denominatorCell(reading: DataPointReading, profile: ProfileReading) {
  const computation = reading.point.computation;
  if (computation.kind === 'ratio' && 'profile' in computation.denominator) {
    return { sheet: sheets.cityProfile, cell: profile.cells[computation.denominator.profile] };
  }
  return { sheet: sheets.dataPoints, cell: reading.cells.denominator };
}

function checkProfile(profile: ProfileReading, findings: FindingList): void {
  for (const field of kpiCatalogue.cityProfile) {
    const cell = profile.cells[field.id];
    if (!cell || profile.unreadable.has(field.id) || (profile.values[field.id] ?? null) !== null) continue;
    const required = field.id === 'referenceYear' || referencedProfileFields.has(field.id);
    findings.add(
      required ? 'error' : 'warning',
      'completeness.profile-missing',
      {
        en: `${field.labelEn} is missing; ${required ? 'every KPI that uses it stays not reported' : 'please fill it in'}.`,
        zh: `缺少${field.labelZh}；${required ? '所有使用该值的 KPI 均无法计算' : '请填写'}。`,
      },
      { sheet: sheets.cityProfile, cell },
    );
  }
}
