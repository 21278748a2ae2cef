// Fills an issued template with plausible sample data, as a city would; used by the demo, tests and benchmarks.
import ExcelJS from 'exceljs';
import { allDataPoints, kpiCatalogue } from '../../core/kpis/catalogue.ts';
import type { DataPoint } from '../../core/kpis/schema.ts';
import { dataPointCells, profileFieldRow, templateLayout } from '../../core/template/layout.ts';
import { dataQualityCellValue, dataQualityOptions } from '../../core/template/lists.ts';

const profileValues: Record<string, number> = {
  referenceYear: 2025,
  population: 850_000,
  households: 340_000,
  landAreaKm2: 420,
  gdp: 42_000_000_000,
  municipalExpenditure: 3_100_000_000,
};

/** Deterministic pseudo-random numbers so the same seed gives the same workbook. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (min: number, max: number) => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return min + (state / 2 ** 32) * (max - min);
  };
}

const isPercent = (point: DataPoint) => /percent|%/i.test(point.unit);

function targetResult(point: DataPoint, rnd: ReturnType<typeof random>): number {
  return isPercent(point) ? Math.round(rnd(20, 90)) : Math.round(rnd(2, 300));
}

function profileValue(id: string): number {
  return profileValues[id] ?? 1000;
}

/** Inputs for one data point whose computed result lands on a plausible value. */
function inputsFor(
  point: DataPoint,
  rnd: ReturnType<typeof random>,
): Partial<Record<'numerator' | 'denominator' | 'value', number | string>> {
  const c = point.computation;
  if (c.kind === 'yesNo') return { [c.input]: 'YES' };
  const result = targetResult(point, rnd);
  if (c.kind === 'direct') return { [c.input]: result };
  const denominator =
    'profile' in c.denominator ? profileValue(c.denominator.profile) : Math.round(rnd(5_000, 50_000));
  const numerator = Math.max(0, Math.round((result * denominator) / c.scale));
  return {
    ...('input' in c.denominator ? { [c.denominator.input]: denominator } : {}),
    ...('input' in c.numerator ? { [c.numerator.input]: numerator } : {}),
  };
}

export interface SampleOptions {
  seed?: number;
  /** Values written over the plausible ones, by data point id and input (e.g. to plant mistakes). */
  overrides?: Record<string, Partial<Record<'numerator' | 'denominator' | 'value', number | string>>>;
  adjust?: (
    values: Map<string, Partial<Record<'numerator' | 'denominator' | 'value', number | string>>>,
  ) => void;
}

export async function fillSampleWorkbook(template: Uint8Array, options: SampleOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const rnd = random(options.seed ?? 42);
  const profile = workbook.getWorksheet(templateLayout.sheets.cityProfile)!;
  for (const field of kpiCatalogue.cityProfile) {
    profile.getCell(`${templateLayout.cityProfile.columns.value}${profileFieldRow(field.id)}`).value =
      profileValue(field.id);
  }
  const values = new Map(
    allDataPoints().map((point) => [
      point.id,
      { ...inputsFor(point, rnd), ...options.overrides?.[point.id] },
    ]),
  );
  options.adjust?.(values);
  const sheet = workbook.getWorksheet(templateLayout.sheets.dataPoints)!;
  for (const point of allDataPoints()) {
    const cells = dataPointCells(point.id)!;
    for (const [input, value] of Object.entries(values.get(point.id) ?? {})) {
      sheet.getCell(cells[input as 'numerator' | 'denominator' | 'value']).value = value;
    }
    sheet.getCell(cells.dataQuality).value = dataQualityCellValue(dataQualityOptions[0]!);
    sheet.getCell(cells.dataOrigin).value = 'City statistics office';
    sheet.getCell(cells.source).value = 'Annual statistical yearbook 2025';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
