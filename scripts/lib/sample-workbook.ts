// Fills an issued template with plausible sample data, as a city would; used by the demo, tests and benchmarks.
import ExcelJS from 'exceljs';
import { allDataPoints, kpiCatalogue } from '../../core/kpis/catalogue.ts';
import type { DataPoint } from '../../core/kpis/schema.ts';
import { dataPointCells, maturityRow, profileFieldRow, templateLayout } from '../../core/template/layout.ts';
import { dataQualityCellValue, dataQualityOptions, maturityNonLevels } from '../../core/template/lists.ts';
import { consistencyRelations } from '../../core/validation/rules/consistency-relations.ts';
import { directRanges, per100kUpperBounds } from '../../core/validation/rules/plausible-ranges.ts';

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
/** Groups of shares that must add up to 100 %, and pairs where the first must not be below the second. */
const shareGroups = ['EC.I.T.4A.', 'EN.EN.WA.1C.'];
const notBelowPairs = consistencyRelations.map((relation) => [relation.higher, relation.lower] as const);

function plausibleResult(point: DataPoint, rnd: ReturnType<typeof random>): number {
  const range = directRanges[point.id];
  if (range) return Math.round((range.min + (range.max - range.min) * rnd(0.3, 0.7)) * 100) / 100;
  const per100k = per100kUpperBounds[point.id];
  if (per100k) return Math.round(per100k * rnd(0.1, 0.5));
  return isPercent(point) ? Math.round(rnd(20, 90)) : Math.round(rnd(2, 300));
}

/** One plausible result per data point that also satisfies the cross-KPI consistency rules. */
function sampleResults(rnd: ReturnType<typeof random>): Map<string, number> {
  const results = new Map(allDataPoints().map((point) => [point.id, plausibleResult(point, rnd)]));
  for (const prefix of shareGroups) {
    const ids = [...results.keys()].filter((id) => id.startsWith(prefix));
    const total = ids.reduce((sum, id) => sum + results.get(id)!, 0);
    let assigned = 0;
    ids.forEach((id, index) => {
      const share = index === ids.length - 1 ? 100 - assigned : Math.floor((results.get(id)! / total) * 100);
      assigned += share;
      results.set(id, share);
    });
  }
  for (const [higher, lower] of notBelowPairs) {
    const [a, b] = [results.get(higher)!, results.get(lower)!];
    // Swapping keeps both values in their plausible ranges while putting them in the required order.
    if (a < b) {
      results.set(higher, b);
      results.set(lower, a);
    }
  }
  return results;
}

function profileValue(id: string): number {
  return profileValues[id] ?? 1000;
}

type Inputs = Partial<Record<'numerator' | 'denominator' | 'value', number | string>>;

/** Inputs for one data point whose computed result lands on the wanted value. */
function inputsFor(point: DataPoint, result: number, rnd: ReturnType<typeof random>): Inputs {
  const c = point.computation;
  if (c.kind === 'yesNo') return { [c.input]: 'YES' };
  if (c.kind === 'direct') return { [c.input]: result };
  const denominator =
    'profile' in c.denominator ? profileValue(c.denominator.profile) : Math.round(rnd(5_000, 50_000));
  const numerator = Math.max(0, (result * denominator) / c.scale);
  return {
    ...('input' in c.denominator ? { [c.denominator.input]: denominator } : {}),
    ...('input' in c.numerator ? { [c.numerator.input]: Math.round(numerator * 1000) / 1000 } : {}),
  };
}

/** A self-assessment with the gaps the profile warns about: ICT ahead, value assessment far behind. */
const selfAssessment: Record<string, number | string> = {
  strategy: 3,
  stakeholders: 2,
  governance: 2,
  funding: 2,
  valueAssessment: 1,
  businessModel: dataQualityCellValue(maturityNonLevels[1]),
  ictInfrastructure: 4,
  services: 3,
};

/** Writes the sample self-assessment on the Maturity sheet, with evidence for every level. */
export function fillSelfAssessment(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet(templateLayout.sheets.maturity)!;
  const { columns } = templateLayout.maturity;
  for (const [id, answer] of Object.entries(selfAssessment)) {
    sheet.getCell(`${columns.level}${maturityRow(id)}`).value = answer;
    if (typeof answer === 'number') {
      sheet.getCell(`${columns.evidence}${maturityRow(id)}`).value = `Smart-city plan 2025, chapter on ${id}`;
    }
  }
}

export interface SampleOptions {
  seed?: number;
  /** Values written over the plausible ones, by data point id and input (e.g. to plant mistakes). */
  overrides?: Record<string, Inputs>;
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
    // The currency is a code (validation refuses anything but ISO 4217); every other field is a number.
    profile.getCell(`${templateLayout.cityProfile.columns.value}${profileFieldRow(field.id)}`).value =
      field.valueType === 'text' ? 'EUR' : profileValue(field.id);
  }
  const results = sampleResults(rnd);
  const values = new Map(
    allDataPoints().map((point) => [
      point.id,
      { ...inputsFor(point, results.get(point.id)!, rnd), ...options.overrides?.[point.id] },
    ]),
  );
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
  fillSelfAssessment(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
