// Validates an uploaded city workbook: every problem becomes a bilingual finding; never throws on a bad file.
import * as z from 'zod';
import { kpiCatalogue } from '../kpis/catalogue.ts';
import type { MaturityEntry } from '../maturity/answers.ts';
import { templateLayout } from '../template/layout.ts';
import type { WorkbookGrid } from '../xlsx-reader/grid.ts';
import type { Parts } from '../xlsx-reader/package-parts.ts';
import { workbookFromParts } from '../xlsx-reader/read-workbook.ts';
import { checkCompleteness } from './completeness.ts';
import { computeResults } from './compute-results.ts';
import { checkCurrency } from './currency.ts';
import { checkMetadata } from './data-point-metadata.ts';
import { FindingList } from './findings.ts';
import { numericProfileFields } from './input-cells.ts';
import { limits } from './limits.ts';
import { checkShownResults } from './locked-formulas.ts';
import { checkMaturity } from './maturity-levels.ts';
import { readDataPoints } from './read-data-points.ts';
import { readProfile } from './read-profile.ts';
import type { DataPointResult, Finding } from './results.ts';
import { ruleData } from './rule-data.ts';
import { evaluateRules } from './rules/engine.ts';
import { validationRules } from './rules/rule-set.ts';
import { applySeverities, type ValidationSeverities, validationSeveritiesSchema } from './severities.ts';
import { checkIdentity } from './template-identity.ts';
import { checkUpload } from './upload-checks.ts';

export interface WorkbookValidation {
  /** True when no finding has severity error. */
  valid: boolean;
  findings: Finding[];
  results: DataPointResult[];
  summary: { errors: number; warnings: number; reported: number; notReported: number };
  /** The self-assessment, one entry per characteristic row found on the Maturity sheet. */
  maturity: MaturityEntry[];
  /** Numeric city profile values as read (null when empty or unreadable). */
  profile: Record<string, number | null>;
  /** The profile's currency code as read, null when absent. */
  currency: string | null;
  catalogueVersion: string;
  catalogueChecksum: string;
}

export const validationContextSchema = z.object({
  pilotId: z.string().min(1),
  signingKey: z.string().min(1),
  /** The programme's severities of the configurable checks (core/validation/severities.ts); shipped ones without. */
  severities: validationSeveritiesSchema.shape.severities.default([]),
});
export type ValidationContext = z.input<typeof validationContextSchema>;

export async function validateWorkbook(
  bytes: Buffer,
  context: ValidationContext,
): Promise<WorkbookValidation> {
  const checkedContext = validationContextSchema.parse(context);
  const findings = new FindingList();
  const parts = await checkUpload(bytes, limits, findings);
  if (!parts) return outcome(findings, [], {}, []);
  const workbook = open(parts, findings);
  if (!workbook) return outcome(findings, [], {}, []);
  const { readable } = checkIdentity(workbook, checkedContext, findings);
  if (!readable) return outcome(findings, [], {}, []);
  const profile = readProfile(workbook.sheet(templateLayout.sheets.cityProfile)!, findings);
  const readings = readDataPoints(workbook.sheet(templateLayout.sheets.dataPoints)!, findings);
  const results = computeResults(readings, profile.values);
  checkCurrency(profile, findings);
  const maturity = checkMaturity(workbook.sheet(templateLayout.sheets.maturity), findings);
  checkMetadata(readings, results, findings);
  checkShownResults(readings, results, findings);
  evaluateRules(validationRules, ruleData(readings, results, profile), findings);
  checkCompleteness(readings, results, profile, findings);
  return outcome(findings, results, profile.values, maturity, checkedContext.severities);
}

function open(parts: Parts, findings: FindingList): WorkbookGrid | undefined {
  try {
    return workbookFromParts(parts);
  } catch {
    findings.error('file.unreadable', {
      en: 'The file could not be opened as an Excel workbook (.xlsx). Save it again as .xlsx and upload it.',
      zh: '无法将该文件作为 Excel 工作簿（.xlsx）打开。请另存为 .xlsx 后重新上传。',
    });
    return undefined;
  }
}

function outcome(
  findings: FindingList,
  results: DataPointResult[],
  profile: Record<string, unknown>,
  maturity: MaturityEntry[],
  severities: ValidationSeverities['severities'] = [],
): WorkbookValidation {
  const bySeverity = (a: Finding, b: Finding) =>
    Number(a.severity === 'warning') - Number(b.severity === 'warning');
  const list = applySeverities(findings.list(), { severities }).toSorted(bySeverity);
  const errors = list.filter((finding) => finding.severity === 'error').length;
  const reported = results.filter((result) => result.status === 'reported').length;
  return {
    valid: errors === 0,
    findings: list,
    results,
    summary: { errors, warnings: list.length - errors, reported, notReported: results.length - reported },
    maturity,
    profile: Object.fromEntries(
      numericProfileFields.map((field) => {
        const value = profile[field];
        return [field, typeof value === 'number' ? value : null];
      }),
    ),
    currency: typeof profile.currency === 'string' ? profile.currency : null,
    catalogueVersion: kpiCatalogue.version,
    catalogueChecksum: kpiCatalogue.checksum,
  };
}
