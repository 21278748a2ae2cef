// A pilot's maturity profile, from its latest self-assessment: the web form's, or the Maturity sheet of its latest
// validated workbook, whichever the city gave last.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { NotFoundError } from '../errors.ts';
import { latestValidatedVersion, type Pilot } from '../lifecycle/pilot.ts';
import type { MaturityEntry } from '../maturity/answers.ts';
import { maturityProfile, maturityProfileSchema } from '../maturity/profile.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';
import { storedResults } from './stored-results.ts';

export const pilotMaturitySchema = maturityProfileSchema.extend({
  /** Where the answers come from: the web form, or the Maturity sheet of a validated workbook. */
  source: z.enum(['form', 'workbook']),
  /** The submitted version whose Maturity sheet the profile comes from (workbook only). */
  version: z.number().int().positive().optional(),
  assessedAt: z.string(),
});
export type PilotMaturity = z.infer<typeof pilotMaturitySchema>;

export const NO_SELF_ASSESSMENT =
  'This pilot has no self-assessment yet: enter it in the form, or upload a workbook whose Maturity sheet validates';

type Assessment = Pick<PilotMaturity, 'source' | 'version' | 'assessedAt'> & { entries: MaturityEntry[] };

/**
 * The self-assessment in force: the form's when it was entered after the latest validated workbook was received
 * (a newer upload brings its own sheet), else the workbook's; undefined when there is neither.
 */
export async function currentSelfAssessment(
  deps: Pick<CoreDeps, 'documents'>,
  pilot: Pilot,
): Promise<Assessment | undefined> {
  const version = latestValidatedVersion(pilot);
  const submission = pilot.submissions.find((s) => s.version === version);
  const form = pilot.selfAssessment;
  if (form && (!submission || form.at > submission.receivedAt))
    return { source: 'form', assessedAt: form.at, entries: form.entries };
  if (version === undefined || !submission) return undefined;
  const { maturity } = await storedResults(deps, pilot, version);
  if (!maturity) return undefined;
  return { source: 'workbook', version, assessedAt: submission.receivedAt, entries: maturity };
}

export async function pilotMaturity(deps: CoreDeps, actor: Actor, pilotId: string): Promise<PilotMaturity> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const assessment = await currentSelfAssessment(deps, pilot);
  if (!assessment) {
    throw new NotFoundError(NO_SELF_ASSESSMENT);
  }
  const { entries, ...source } = assessment;
  return { ...source, ...maturityProfile(entries) };
}

/** The profile the documents print: the one in force, with its date; undefined when the city gave none. */
export async function documentMaturity(deps: Pick<CoreDeps, 'documents'>, pilot: Pilot) {
  const assessment = await currentSelfAssessment(deps, pilot);
  return assessment && { assessedAt: assessment.assessedAt, ...maturityProfile(assessment.entries) };
}
