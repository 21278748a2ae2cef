// The secretariat's request to certify: held to the readiness rules in force, whose version the event records.
import * as z from 'zod';
import { assertReadyForCertification, currentReadinessRules } from '../readiness.ts';
import { decision } from './definition.ts';

export const requestCertification = decision({
  command: 'requestCertification',
  // Strict and empty: the rules version is the system's finding, not the client's claim.
  body: z.strictObject({}),
  async prepare({ deps, pilot }) {
    // Outside `reported` the command refuses with its stage message; the rules are checked where they decide.
    const readinessRulesVersion =
      pilot.stage === 'reported'
        ? await assertReadyForCertification(deps, pilot)
        : (await currentReadinessRules(deps)).version;
    return { payload: { readinessRulesVersion } };
  },
});
