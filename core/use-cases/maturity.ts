// A pilot's maturity profile, derived from the self-assessment in its latest validated submission.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { NotFoundError } from '../errors.ts';
import { latestValidatedVersion } from '../lifecycle/pilot.ts';
import { maturityProfile, maturityProfileSchema } from '../maturity/profile.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';
import { storedResults } from './stored-results.ts';

export const pilotMaturitySchema = maturityProfileSchema.extend({
  /** The submitted version whose Maturity sheet the profile comes from. */
  version: z.number().int().positive(),
});
export type PilotMaturity = z.infer<typeof pilotMaturitySchema>;

export async function pilotMaturity(deps: CoreDeps, actor: Actor, pilotId: string): Promise<PilotMaturity> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const version = latestValidatedVersion(pilot);
  if (version === undefined) {
    throw new NotFoundError(
      'This pilot has no validated workbook yet: the maturity profile comes from its Maturity sheet',
    );
  }
  const { maturity } = await storedResults(deps, pilot, version);
  if (!maturity) {
    throw new NotFoundError(
      `Version ${version} was validated before the Maturity sheet was read: upload the workbook again for a profile`,
    );
  }
  return { version, ...maturityProfile(maturity) };
}
