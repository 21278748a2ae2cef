// The secretariat's appointment of a verifier and a supervising staff member, bound by the ranking's exclusions.
import { InvalidRequestError } from '../../errors.ts';
import { assignmentPayload } from '../../lifecycle/commands.ts';
import { rankCandidates } from '../candidates.ts';
import { decision } from './definition.ts';

export const assignVerifier = decision({
  command: 'assignVerifier',
  body: assignmentPayload,
  async prepare({ deps, pilot, body }) {
    // The ranking's exclusions (inactive, declared conflict, recusal, previous cycle) bind the appointment too.
    const candidate = (await rankCandidates(deps, pilot)).find((c) => c.verifierId === body.verifierId);
    if (!candidate) throw new InvalidRequestError(`No verifier with id "${body.verifierId}"`);
    if (candidate.excluded) {
      throw new InvalidRequestError(`${candidate.name} cannot verify this pilot: ${candidate.excluded}`);
    }
    return { payload: body };
  },
});
