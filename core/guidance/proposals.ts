// Policy guidance derived from a pilot's results: the weakest categories against their targets and against peers,
// unreported core KPIs and maturity gaps, each a proposal with its KPIs and its text in English and Chinese.
import * as z from 'zod';
import { categoryPath, kpiCatalogue } from '../kpis/catalogue.ts';
import type { Kpi } from '../kpis/schema.ts';
import type { MaturityProfile } from '../maturity/profile.ts';
import { bandFor } from '../scoring/bands.ts';
import type { ScoreResult } from '../scoring/score-result.ts';
import type { SubmissionResults } from '../validation/results.ts';
import { type BilingualText, bilingualTextSchema } from './bilingual-text.ts';
import { proposalText } from './proposal-text.ts';

export const proposalKinds = ['belowTarget', 'belowPeers', 'unreportedCore', 'maturityGap'] as const;
export const proposalKindSchema = z.enum(proposalKinds);
export type ProposalKind = z.infer<typeof proposalKindSchema>;

/** The report's two guidance sections; where a proposal goes follows from its kind. */
export const guidanceSectionSchema = z.enum(['policyRecommendations', 'improvementOpportunities']);
export type GuidanceSection = z.infer<typeof guidanceSectionSchema>;
/** A shortfall in results or maturity calls for policy; a gap in data or against peers is there to improve. */
export const sectionOfKind: Record<ProposalKind, GuidanceSection> = {
  belowTarget: 'policyRecommendations',
  maturityGap: 'policyRecommendations',
  belowPeers: 'improvementOpportunities',
  unreportedCore: 'improvementOpportunities',
};

/** A peer's published case study on the same category or characteristic (core/use-cases/guidance.ts finds it). */
export const caseStudyLinkSchema = z.object({
  pilotId: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  cityName: z.string(),
});
export type CaseStudyLink = z.infer<typeof caseStudyLinkSchema>;

export const proposalSchema = z.object({
  /** Stable for the same results: the kind and the category path or characteristic it is about. */
  proposalId: z.string(),
  kind: proposalKindSchema,
  section: guidanceSectionSchema,
  /** The category's taxonomy path, or the maturity characteristic, the proposal is about. */
  category: z.string().optional(),
  characteristic: z.string().optional(),
  kpiIds: z.array(z.string()),
  text: bilingualTextSchema,
  caseStudy: caseStudyLinkSchema.optional(),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** Peers' median category scores in the latest published edition, with the group they come from. */
export interface PeerMedians {
  group: BilingualText;
  medians: ReadonlyMap<string, number>;
}

export interface GuidanceInput {
  results: SubmissionResults;
  score: ScoreResult;
  maturity?: MaturityProfile;
  peers?: PeerMedians;
}

/** A category in the two lowest bands (under 66 % of target) is among the weakest. */
const belowTargetBand = (percentage: number) => bandFor(percentage).points < 3;
/** Proposals of one kind, weakest first; more would bury the ones that matter. */
const MAX_PER_KIND = 5;

const kpisOf = (path: string) => kpiCatalogue.kpis.filter((k) => categoryPath(k) === path);
const scoredKpisOf = (score: ScoreResult, path: string) => {
  const scored = new Set(score.kpis.map((k) => k.kpiId));
  return kpisOf(path)
    .map((k) => k.id)
    .filter((id) => scored.has(id));
};

export function deriveProposals({ results, score, maturity, peers }: GuidanceInput): Proposal[] {
  const scoredCategories = score.categories.filter(
    (c): c is typeof c & { percentage: number } => c.percentage !== null,
  );
  const weakest = (items: typeof scoredCategories) =>
    [...items].sort((a, b) => a.percentage - b.percentage).slice(0, MAX_PER_KIND);
  const proposal = (
    kind: ProposalKind,
    key: string,
    rest: Omit<Proposal, 'proposalId' | 'kind' | 'section'>,
  ) => ({
    proposalId: `${kind}:${key}`,
    kind,
    section: sectionOfKind[kind],
    ...rest,
  });

  const belowTarget = weakest(scoredCategories.filter((c) => belowTargetBand(c.percentage))).map((c) =>
    proposal('belowTarget', c.path, {
      category: c.path,
      kpiIds: scoredKpisOf(score, c.path),
      text: proposalText.belowTarget({ en: c.nameEn, zh: c.nameZh }, c.percentage),
    }),
  );

  const belowPeers = peers
    ? weakest(scoredCategories.filter((c) => c.percentage < (peers.medians.get(c.path) ?? -1))).map((c) =>
        proposal('belowPeers', c.path, {
          category: c.path,
          kpiIds: scoredKpisOf(score, c.path),
          text: proposalText.belowPeers(
            { en: c.nameEn, zh: c.nameZh },
            c.percentage,
            peers.medians.get(c.path)!,
            peers.group,
          ),
        }),
      )
    : [];

  const reported = new Set(results.results.filter((r) => r.value != null).map((r) => r.dataPointId));
  const unreported = new Map<string, Kpi[]>();
  for (const kpi of kpiCatalogue.kpis) {
    if (kpi.tier !== 'core' || kpi.dataPoints.some((p) => reported.has(p.id))) continue;
    unreported.set(categoryPath(kpi), [...(unreported.get(categoryPath(kpi)) ?? []), kpi]);
  }
  const unreportedCore = [...unreported.entries()]
    .sort(([, a], [, b]) => b.length - a.length)
    .slice(0, MAX_PER_KIND)
    .map(([path, kpis]) =>
      proposal('unreportedCore', path, {
        category: path,
        kpiIds: kpis.map((k) => k.id),
        text: proposalText.unreportedCore(
          { en: kpis[0]!.category.nameEn, zh: kpis[0]!.category.nameZh },
          kpis.map((k) => k.id),
        ),
      }),
    );

  const maturityGap = (maturity?.gaps ?? []).map((gap) => {
    const name = (id: string) => maturity!.characteristics.find((c) => c.characteristicId === id)!.name;
    return proposal('maturityGap', gap.characteristicId, {
      characteristic: gap.characteristicId,
      kpiIds: [],
      text: proposalText.maturityGap(name(gap.characteristicId), gap.behind, gap.leaders.map(name)),
    });
  });

  return [...belowTarget, ...belowPeers, ...unreportedCore, ...maturityGap];
}
