// The verifier's conclusion, which locks the dataset under verification (its hash computed here from the stored
// results, never taken from the client), and the supervisor's decision on it.
import * as z from 'zod';
import { InvalidRequestError } from '../../errors.ts';
import type { Proposal } from '../../guidance/proposals.ts';
import { latestValidatedVersion } from '../../lifecycle/pilot.ts';
import { returnConclusionPayload } from '../../lifecycle/verification-commands.ts';
import {
  type Conclusion,
  conclusionSchema,
  type DecidedProposal,
} from '../../lifecycle/verification-schemas.ts';
import { datasetHashOf } from '../../verification/dataset-hash.ts';
import { proposalsForPilot } from '../guidance.ts';
import { storedResultsBytes } from '../stored-results.ts';
import { choiceError, decision } from './definition.ts';

export const submitConclusion = decision({
  command: 'submitConclusion',
  // Strict, so a client naming a dataset hash of its own is refused rather than quietly overruled.
  body: conclusionSchema,
  async prepare({ deps, pilot, body }) {
    const version = latestValidatedVersion(pilot);
    // Without a validated version the command's guard refuses; the placeholder only lets it say why.
    const datasetHash = version
      ? datasetHashOf(await storedResultsBytes(deps, pilot, version))
      : '0'.repeat(64);
    const derived = version ? await proposalsForPilot(deps, pilot) : [];
    const { summary, auditResults, advice } = body;
    return {
      payload: {
        summary,
        auditResults,
        advice,
        proposals: decidedProposals(derived, body.proposals),
        datasetHash,
      },
    };
  },
});

/**
 * The verifier's decisions applied to the derived proposals: their KPIs and case study come from the derivation,
 * never the client; one not decided is recorded as dropped, and the verifier's own follow.
 */
function decidedProposals(derived: Proposal[], decisions: Conclusion['proposals']): DecidedProposal[] {
  const byId = new Map(derived.map((p) => [p.proposalId, p]));
  const decisionOf = new Map(decisions.flatMap((d) => (d.decision === 'written' ? [] : [[d.proposalId, d]])));
  const unknown = [...decisionOf.keys()].find((id) => !byId.has(id));
  if (unknown)
    throw new InvalidRequestError(
      `There is no proposal ${unknown} for this pilot's results: read GET /pilots/:id/guidance-proposals`,
    );
  const ofDerived = derived.map((p): DecidedProposal => {
    const decided = decisionOf.get(p.proposalId);
    if (!decided || decided.decision === 'dropped')
      return { proposalId: p.proposalId, decision: 'dropped', kind: p.kind };
    const { proposalId, kind, section, kpiIds, caseStudy } = p;
    return {
      proposalId,
      decision: decided.decision,
      kind,
      section,
      kpiIds,
      text: decided.text,
      ...(caseStudy ? { caseStudy } : {}),
    };
  });
  const written = decisions
    .filter((d) => d.decision === 'written')
    .map(
      ({ section, kpiIds, text }, i): DecidedProposal => ({
        proposalId: `own-${i + 1}`,
        decision: 'written',
        section,
        kpiIds,
        text,
      }),
    );
  return [...ofDerived, ...written];
}

/**
 * The supervisor's decision: approving opens the city's comment window on the draft report, whose length is the
 * programme's setting and never the client's; returning carries the comments for the verifier.
 */
export const decideOnConclusion = decision({
  command: { approve: 'approveConclusion', return: 'returnConclusion' },
  body: z.discriminatedUnion(
    'decision',
    [
      z.strictObject({ decision: z.literal('approve') }),
      returnConclusionPayload.extend({ decision: z.literal('return') }),
    ],
    { error: choiceError(['approve', 'return']) },
  ),
  async prepare({ deps, body, command }) {
    return command === 'approveConclusion'
      ? { payload: { draftReviewDays: deps.settings.draftReviewDays } }
      : { payload: body };
  },
});
