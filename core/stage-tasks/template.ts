// Template issuance task: builds the pilot's personalised, signed workbook and stores it under a new key.
import * as z from 'zod';
import { DatasetChangedError, NotFoundError } from '../errors.ts';
import { newId } from '../ids.ts';
import { kpiCatalogue } from '../kpis/catalogue.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { buildTemplate } from '../template/build-template.ts';
import { carryOverFor } from '../use-cases/carry-over.ts';
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
    carryOver: await carriedOver(deps, pilot),
  });
  const key = `templates/${pilot.pilotId}/${templateId}.xlsx`;
  await deps.documents.put(key, bytes, XLSX_CONTENT_TYPE);
  // The period opening data collection: the one the secretariat proposed at acceptance, else the programme's setting.
  const collectionMonths = pilot.deadline?.proposedMonths ?? deps.settings.collectionMonths;
  return { templateId, key, catalogueVersion: kpiCatalogue.version, collectionMonths };
}

/**
 * Last cycle's verified values, when there is a certified cycle before this one. A previous cycle that cannot be
 * read (its approved dataset changed since) is logged for the secretariat and the template is issued without them:
 * the city collects afresh rather than waiting on an old cycle's repair.
 */
async function carriedOver(deps: CoreDeps, pilot: Pilot) {
  try {
    return await carryOverFor(deps, pilot);
  } catch (error) {
    // Other failures (a store unavailable) are thrown, so the task's retries try again.
    if (!(error instanceof DatasetChangedError || error instanceof NotFoundError)) throw error;
    deps.logger.error('The previous cycle could not be carried over', {
      pilotId: pilot.pilotId,
      error: error.message,
    });
    return undefined;
  }
}
