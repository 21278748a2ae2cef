// The policy guidance a verifier starts the conclusion from: proposals derived from the pilot's latest validated (or
// locked) results, its maturity profile and its peers in the latest published index edition (decision 0047).
import type { Actor } from '../actors.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import {
  type CaseStudyLink,
  deriveProposals,
  type PeerMedians,
  type Proposal,
} from '../guidance/proposals.ts';
import type { CityResult } from '../index/edition.ts';
import { distribution } from '../index/public-view.ts';
import { latestValidatedVersion, type Pilot } from '../lifecycle/pilot.ts';
import { reviewsReleased } from '../lifecycle/visibility.ts';
import { maturityProfile } from '../maturity/profile.ts';
import { aggregatesOfPercentages, scoreSubmission } from '../scoring/score.ts';
import { findPublishedCaseStudies, type PublishedCaseStudySummary } from './case-studies.ts';
import type { CoreDeps } from './deps.ts';
import { latestPublishedEdition } from './index-editions.ts';
import { currentSelfAssessment } from './maturity.ts';
import { visiblePilot } from './queries.ts';
import { loadPilot } from './run-command.ts';
import { storedResults } from './stored-results.ts';
import { currentTargets } from './targets.ts';

/**
 * The peers' median score per category: the cities of the pilot's region when the edition has enough of them, else
 * every other city; medians only where the edition's disclosure rule lets quartiles be published.
 */
async function peerMedians(deps: CoreDeps, pilot: Pilot): Promise<PeerMedians | undefined> {
  const latest = await latestPublishedEdition(deps);
  if (!latest) return undefined;
  const { edition, methodology } = latest;
  const min = methodology.disclosure.minCities;
  const others = edition.cities.filter((c) => c.cityId !== pilot.cityId);
  const regional = others.filter((c) => pilot.region && c.region === pilot.region);
  const inRegion = regional.length >= min;
  const peers = inRegion ? regional : others;
  const scores = new Map(
    peers.map((c) => [
      c,
      new Map(aggregatesOfPercentages('category', c.dataPoints).map((a) => [a.path, a.percentage])),
    ]),
  );
  const medians = new Map<string, number>();
  for (const path of new Set([...scores.values()].flatMap((s) => [...s.keys()]))) {
    const [quartiles] = distribution(
      'category',
      path,
      peers,
      (c: CityResult) => scores.get(c)?.get(path),
      min,
    );
    if (quartiles) medians.set(path, quartiles.median);
  }
  if (!medians.size) return undefined;
  const id = edition.editionId;
  return {
    group: inRegion
      ? { en: `the cities of ${pilot.region} in the ${id} index`, zh: `${id} 指数中${pilot.region}的城市` }
      : { en: `the cities of the ${id} index`, zh: `${id} 指数的城市` },
    medians,
  };
}

/** The proposals for a pilot's results, each linked to another city's published case study where one fits. */
export async function proposalsFor(deps: CoreDeps, pilotId: string): Promise<Proposal[]> {
  return proposalsForPilot(deps, await loadPilot(deps, pilotId));
}

/** The newest published case study of another city on the proposal's category or characteristic. */
export function caseStudyFor(
  proposal: Proposal,
  published: PublishedCaseStudySummary[],
): CaseStudyLink | undefined {
  const match = published.find(
    (c) =>
      (proposal.category !== undefined && c.categories.includes(proposal.category)) ||
      (proposal.characteristic !== undefined &&
        (c.characteristics as string[]).includes(proposal.characteristic)),
  );
  return (
    match && { pilotId: match.pilotId, number: match.number, title: match.title, cityName: match.cityName }
  );
}

/** The same for a pilot already loaded (a decision reads its pilot once). */
export async function proposalsForPilot(deps: CoreDeps, pilot: Pilot): Promise<Proposal[]> {
  const version = pilot.verification?.lock?.datasetVersion ?? latestValidatedVersion(pilot);
  if (version === undefined)
    throw new NotFoundError('This pilot has no validated submission to draw guidance from');
  const [results, targets, assessment, peers, published] = await Promise.all([
    storedResults(deps, pilot, version),
    currentTargets(deps),
    currentSelfAssessment(deps, pilot),
    peerMedians(deps, pilot),
    // Read once for every proposal: newest first, none of this pilot's own city.
    findPublishedCaseStudies(deps, { excludeCityId: pilot.cityId }),
  ]);
  const proposals = deriveProposals({
    results,
    // Proposals help the verifier write the conclusion, so they read every reported value; the verifier decides.
    score: scoreSubmission(results, targets),
    ...(assessment ? { maturity: maturityProfile(assessment.entries) } : {}),
    ...(peers ? { peers } : {}),
  });
  return proposals.map((p) => {
    const caseStudy = caseStudyFor(p, published);
    return caseStudy ? { ...p, caseStudy } : p;
  });
}

/**
 * The proposals as the API serves them: to the pilot's verifier and the secretariat; to the city only once the
 * verification is concluded, since before that they are the team's working material (decision 0027).
 */
export async function guidanceProposals(deps: CoreDeps, actor: Actor, pilotId: string): Promise<Proposal[]> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  if (actor.role === 'city' && !reviewsReleased(pilot))
    throw new ForbiddenError(
      'The guidance proposals are the verification team’s until the verification is concluded',
    );
  return proposalsForPilot(deps, pilot);
}
