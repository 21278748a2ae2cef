// The secretariat's appointment of a verifier and a supervising staff member, bound by the ranking's exclusions and
// the staff directory; and the change of supervisor, bound by the directory too.
import * as z from 'zod';
import { InvalidRequestError } from '../../errors.ts';
import { externalIdSchema } from '../../ids.ts';
import { assignmentRequestSchema } from '../../lifecycle/commands.ts';
import type { StaffMember } from '../../verification/staff-directory.ts';
import { supervisorFrom } from '../../verification/staff-directory.ts';
import { rankCandidates } from '../candidates.ts';
import type { CoreDeps } from '../deps.ts';
import { currentStaffDirectory } from '../staff-directory.ts';
import { decision } from './definition.ts';

async function supervisorOf(deps: CoreDeps, userId: string): Promise<StaffMember> {
  const found = supervisorFrom(await currentStaffDirectory(deps), userId);
  if ('refusal' in found) throw new InvalidRequestError(`${found.refusal}; choose a supervisor it lists`);
  return found.member;
}

export const assignVerifier = decision({
  command: 'assignVerifier',
  body: assignmentRequestSchema,
  async prepare({ deps, pilot, body: { overrideReason, ...body } }) {
    const supervisor = await supervisorOf(deps, body.supervisorId);
    // The ranking's exclusions (inactive, declared conflict, recusal, previous cycle) bind the appointment too, unless
    // they exclude every candidate: then the secretariat may appoint one of them with a recorded reason.
    const ranked = await rankCandidates(deps, pilot);
    const candidate = ranked.find((c) => c.verifierId === body.verifierId);
    if (!candidate) throw new InvalidRequestError(`No verifier with id "${body.verifierId}"`);
    const everyoneExcluded = ranked.every((c) => c.excluded);
    const overridable = everyoneExcluded && candidate.exclusion?.code !== 'inactive';
    if (candidate.excluded && !(overridable && overrideReason)) {
      const hint = overridable
        ? '; every candidate is excluded, so give an override reason to appoint them'
        : '';
      throw new InvalidRequestError(
        `${candidate.name} cannot verify this pilot: ${candidate.excluded}${hint}`,
      );
    }
    if (!candidate.excluded && overrideReason)
      throw new InvalidRequestError('An override reason is only for a verifier the ranking excludes');
    const override =
      candidate.excluded && overrideReason
        ? { reason: overrideReason, exclusion: candidate.excluded }
        : undefined;
    return { payload: { ...body, supervisorEmail: supervisor.email, override } };
  },
});

export const changeSupervisor = decision({
  command: 'changeSupervisor',
  body: z.strictObject({ supervisorId: externalIdSchema, reason: z.string().trim().min(3).max(2000) }),
  async prepare({ deps, body }) {
    const supervisor = await supervisorOf(deps, body.supervisorId);
    return { payload: { ...body, supervisorEmail: supervisor.email } };
  },
});
