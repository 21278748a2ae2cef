// The published case studies and the maturity ladder and distribution built on them, computed per request from the
// pilots' views: a case study is public only while its pilot is certified (not revoked) and the city consents.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { NotFoundError } from '../errors.ts';
import { catalogueTree } from '../index/tree.ts';
import type { CaseStudyView } from '../lifecycle/case-study-fold.ts';
import { caseStudyContentSchema, categoriesOf } from '../lifecycle/case-study-schemas.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { type CharacteristicId, characteristicIdSchema } from '../maturity/answers.ts';
import {
  type AssessedCity,
  type MaturityDistribution,
  type MaturityLadder,
  maturityDistribution,
  maturityLadder,
} from '../maturity/ladder.ts';
import type { CoreDeps } from './deps.ts';
import { currentIndexMethodology } from './index-methodology.ts';
import { currentSelfAssessment, NO_SELF_ASSESSMENT } from './maturity.ts';
import { visiblePilot } from './queries.ts';

/** The KPI categories of the catalogue by their tree path (`EC.ICT.ICT`), the values `category=` takes. */
const categoryPaths = catalogueTree().dimensions.flatMap((d) =>
  d.subDimensions.flatMap((s) => s.categories.map((c) => c.path)),
);

export const caseStudySearchSchema = z.strictObject({
  category: z
    .string()
    .max(32)
    .refine((path) => categoryPaths.includes(path), {
      error: (issue) =>
        `"${String(issue.input).slice(0, 32)}" is not a KPI category of the catalogue (for example EC.ICT.ICT)`,
    })
    .optional(),
  characteristic: characteristicIdSchema.optional(),
});

export const publishedCaseStudySummarySchema = z.object({
  pilotId: z.string(),
  number: z.number().int().positive(),
  cityName: z.string(),
  country: z.string(),
  region: z.string().optional(),
  title: z.string(),
  characteristics: z.array(characteristicIdSchema),
  /** The KPI categories (tree paths) its results fall in. */
  categories: z.array(z.string()),
  publishedAt: z.string(),
});
export type PublishedCaseStudySummary = z.infer<typeof publishedCaseStudySummarySchema>;

export const publishedCaseStudySchema = publishedCaseStudySummarySchema.extend(
  caseStudyContentSchema.omit({ title: true, characteristics: true }).shape,
);
export type PublishedCaseStudy = z.infer<typeof publishedCaseStudySchema>;

/** Whether the pilot's case studies may be shown to anyone outside it now. */
const showsCaseStudies = (pilot: Pilot) =>
  pilot.stage === 'certified' && !pilot.certificate?.revoked && pilot.publication.caseStudies === 'publish';

const publishedOf = (pilot: Pilot): CaseStudyView[] =>
  showsCaseStudies(pilot) ? (pilot.caseStudies ?? []).filter((c) => c.status === 'published') : [];

function summaryOf(pilot: Pilot, caseStudy: CaseStudyView): PublishedCaseStudySummary {
  return {
    pilotId: pilot.pilotId,
    number: caseStudy.number,
    cityName: pilot.cityName,
    country: pilot.country,
    ...(pilot.region ? { region: pilot.region } : {}),
    title: caseStudy.title,
    characteristics: caseStudy.characteristics,
    categories: categoriesOf(caseStudy),
    publishedAt: caseStudy.publishedAt ?? caseStudy.updatedAt,
  };
}

async function publishedWithCity(deps: Pick<CoreDeps, 'pilots'>) {
  const certified = await deps.pilots.list({ stage: 'certified' });
  return certified.flatMap((pilot) =>
    publishedOf(pilot).map((c) => ({ cityId: pilot.cityId, summary: summaryOf(pilot, c) })),
  );
}

/**
 * The published, consented case studies, newest first: those on a KPI category (by its results' KPIs) and a
 * maturity characteristic when asked, and none of one city when `excludeCityId` names it.
 */
export async function findPublishedCaseStudies(
  deps: Pick<CoreDeps, 'pilots'>,
  // A characteristic as a plain string, so a caller holding any id can ask: one the framework lacks finds nothing.
  filter: { category?: string; characteristic?: CharacteristicId | string; excludeCityId?: string },
): Promise<PublishedCaseStudySummary[]> {
  return (await publishedWithCity(deps))
    .filter(({ cityId }) => cityId !== filter.excludeCityId)
    .map(({ summary }) => summary)
    .filter((c) => !filter.category || c.categories.includes(filter.category))
    .filter((c) => !filter.characteristic || (c.characteristics as string[]).includes(filter.characteristic))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.number - b.number);
}

/** One published case study whole; anything not public now is "not found", whatever the reason. */
export async function publishedCaseStudy(
  deps: Pick<CoreDeps, 'pilots'>,
  pilotId: string,
  number: number,
): Promise<PublishedCaseStudy> {
  const pilot = await deps.pilots.load(pilotId);
  const caseStudy = pilot && publishedOf(pilot).find((c) => c.number === number);
  if (!pilot || !caseStudy) throw new NotFoundError(`No published case study ${number} of pilot ${pilotId}`);
  const {
    title: _title,
    characteristics: _characteristics,
    ...content
  } = caseStudyContentSchema.parse(caseStudy);
  return { ...summaryOf(pilot, caseStudy), ...content };
}

/**
 * Each participating city once (not declined or withdrawn), by its most recently changed pilot that has a
 * self-assessment in force.
 */
async function assessedCities(deps: Pick<CoreDeps, 'pilots' | 'documents'>) {
  const pilots = (await deps.pilots.list({})).filter(
    (p) => p.stage !== 'declined' && p.stage !== 'withdrawn',
  );
  const byCity = new Map<string, Pilot[]>();
  for (const pilot of pilots) byCity.set(pilot.cityId, [...(byCity.get(pilot.cityId) ?? []), pilot]);
  const cities = await Promise.all(
    [...byCity.values()].map(async (own) => {
      for (const pilot of own.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))) {
        const assessment = await currentSelfAssessment(deps, pilot);
        if (assessment) return { city: assessedCity(pilot, assessment.entries), pilot };
      }
      return undefined;
    }),
  );
  return cities.filter((c) => c !== undefined);
}

const assessedCity = (pilot: Pilot, entries: AssessedCity['entries']): AssessedCity => ({
  cityId: pilot.cityId,
  cityName: pilot.cityName,
  country: pilot.country,
  ...(pilot.region ? { region: pilot.region } : {}),
  pilotId: pilot.pilotId,
  entries,
});

/**
 * The pilot's maturity ladder: the cities one rung ahead on each characteristic it can climb, among those that
 * consent to share their case studies, with their published case studies on it.
 */
export async function pilotMaturityLadder(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
): Promise<MaturityLadder> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const assessment = await currentSelfAssessment(deps, pilot);
  if (!assessment) throw new NotFoundError(NO_SELF_ASSESSMENT);
  const [cities, published] = await Promise.all([assessedCities(deps), publishedWithCity(deps)]);
  const peers = cities.filter((c) => c.pilot.publication.caseStudies === 'publish').map((c) => c.city);
  const links = published.map(({ cityId, summary }) => ({ cityId, ...summary }));
  return maturityLadder({ cityId: pilot.cityId, entries: assessment.entries }, peers, links);
}

/** Levels per characteristic across the participating cities, by region, under the index's disclosure rule. */
export async function programmeMaturityDistribution(deps: CoreDeps): Promise<MaturityDistribution> {
  const [cities, methodology] = await Promise.all([assessedCities(deps), currentIndexMethodology(deps)]);
  return maturityDistribution(
    cities.map((c) => c.city),
    methodology.disclosure.minCities,
  );
}
