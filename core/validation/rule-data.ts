// Connects the rule engine to one validation run: the value and the cell of every term a rule can name.

import { templateLayout } from '../template/layout.ts';
import type { DataPointReading } from './data-point-reading.ts';
import type { Location } from './findings.ts';
import { firstInputCell } from './input-cells.ts';
import type { ProfileReading } from './read-profile.ts';
import type { DataPointResult } from './results.ts';
import type { RuleData, Term } from './rules/engine.ts';

const { sheets } = templateLayout;

export function ruleData(
  readings: DataPointReading[],
  results: DataPointResult[],
  profile: ProfileReading,
): RuleData {
  const readingOf = new Map(readings.map((reading) => [reading.point.id, reading]));
  const resultOf = new Map(results.map((result) => [result.dataPointId, result]));
  return {
    value(term: Term): number | null {
      if ('constant' in term) return term.constant;
      if ('result' in term) return resultOf.get(term.result)?.value ?? null;
      if ('input' in term) return readingOf.get(term.of)?.inputs[term.input] ?? null;
      const value = profile.values[term.profile];
      return typeof value === 'number' ? value : null;
    },
    locate(term: Term): Location {
      if ('constant' in term) return {};
      if ('profile' in term) return { sheet: sheets.cityProfile, cell: profile.cells[term.profile] };
      const id = 'result' in term ? term.result : term.of;
      const reading = readingOf.get(id);
      // A result cell is locked: a finding about it points at the row's input the city can change instead.
      const cell = 'input' in term ? reading?.cells[term.input] : reading && firstInputCell(reading);
      return { sheet: sheets.dataPoints, cell, dataPointId: id };
    },
  };
}
