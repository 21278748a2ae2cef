// Template issuance task: builds the pilot's personalised, signed workbook and stores it under a new key.
import * as z from 'zod';
import { newId } from '../ids.ts';
import { kpiCatalogue } from '../kpis/catalogue.ts';
import { buildTemplate } from '../template/build-template.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { loadPilot } from '../use-cases/run-command.ts';
import { XLSX_CONTENT_TYPE } from '../use-cases/upload-kinds.ts';

export async function generateTemplate(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, z.object({ pilotId: z.string() }).parse(raw).pilotId);
  const templateId = newId('t');
  const bytes = await buildTemplate({
    pilotId: pilot.pilotId,
    cityName: pilot.cityName,
    country: pilot.country,
    issuedAt: deps.clock.now().toISOString(),
    templateId,
    signingKey: deps.settings.templateSigningKey,
  });
  const key = `templates/${pilot.pilotId}/${templateId}.xlsx`;
  await deps.documents.put(key, bytes, XLSX_CONTENT_TYPE);
  // The period opening data collection: the one the secretariat proposed at acceptance, else the programme's setting.
  const collectionMonths = pilot.deadline?.proposedMonths ?? deps.settings.collectionMonths;
  return { templateId, key, catalogueVersion: kpiCatalogue.version, collectionMonths };
}
