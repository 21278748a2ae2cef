// Builds the signed Excel workbook a city fills in: instructions, profile, data points, maturity, lists, meta.

import * as z from 'zod';
import { kpiCatalogue } from '../kpis/catalogue.ts';
import { newWorkbook } from '../xlsx.ts';
import { carryOverSchema } from './carry-over.ts';
import { templateLayout } from './layout.ts';
import { addCityProfileSheet } from './sheets/city-profile-sheet.ts';
import { lockStructure } from './sheets/common.ts';
import { addDataPointsSheet } from './sheets/data-points-sheet.ts';
import { addInstructionsSheet } from './sheets/instructions-sheet.ts';
import { addListsSheet } from './sheets/lists-sheet.ts';
import { addMaturitySheet } from './sheets/maturity-sheet.ts';
import { addMetaSheet } from './sheets/meta-sheet.ts';
import { signMeta, structureHash, type UnsignedMeta } from './signature.ts';
import { expectedStructure } from './structure.ts';

export const buildTemplateInputSchema = z.object({
  pilotId: z.string().min(1),
  cityName: z.string().min(1),
  country: z.string().min(1).optional(),
  issuedAt: z.iso.datetime({ offset: true }),
  templateId: z.string().min(1),
  signingKey: z.string().min(16),
  /** The city's last certified cycle's verified values, pre-filled for it to confirm or update. */
  carryOver: carryOverSchema.optional(),
});

export type BuildTemplateInput = z.infer<typeof buildTemplateInputSchema>;

export async function buildTemplate(input: BuildTemplateInput): Promise<Buffer> {
  const { signingKey, ...context } = buildTemplateInputSchema.parse(input);
  const unsigned: UnsignedMeta = {
    format: templateLayout.formatVersion,
    pilotId: context.pilotId,
    templateId: context.templateId,
    catalogueVersion: kpiCatalogue.version,
    catalogueChecksum: kpiCatalogue.checksum,
    issuedAt: context.issuedAt,
    structureHash: structureHash(expectedStructure()),
  };

  const workbook = newWorkbook();
  workbook.creator = 'U4SSC pilot workflow';
  workbook.created = new Date(context.issuedAt);
  workbook.modified = workbook.created;
  // Spreadsheet programs recalculate the result formulas when the city opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;

  addInstructionsSheet(workbook, context);
  addCityProfileSheet(workbook);
  addDataPointsSheet(workbook, context.carryOver);
  addMaturitySheet(workbook);
  addListsSheet(workbook);
  addMetaSheet(workbook, { ...unsigned, signature: signMeta(unsigned, signingKey) });

  // The password only deters accidental edits (it is the template id, documented in docs/template.md).
  for (const sheet of workbook.worksheets) await lockStructure(sheet, context.templateId);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
