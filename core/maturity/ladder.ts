// The maturity ladder and the distribution of levels: for a city, the cities exactly one rung ahead on each
// characteristic it can still climb, with their case studies on it; and across cities, how many answered each
// characteristic at each level, by region, disclosed only over enough cities.
import * as z from 'zod';
import { maturityCharacteristics } from '../template/maturity.ts';
import { type CharacteristicId, characteristicIdSchema, type MaturityEntry } from './answers.ts';
import { rungOf } from './profile.ts';

const textSchema = z.object({ en: z.string(), zh: z.string() });
const MOST_MATURE = 4;

/** A city's self-assessment in force, with where it is and the pilot it comes from. */
export interface AssessedCity {
  cityId: string;
  cityName: string;
  country: string;
  region?: string;
  pilotId: string;
  entries: readonly MaturityEntry[];
}

/** A published case study, as the ladder links it. */
export const caseStudyLinkSchema = z.object({
  pilotId: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
});
export type CaseStudyLink = z.infer<typeof caseStudyLinkSchema> & {
  cityId: string;
  characteristics: readonly CharacteristicId[];
};

export const maturityLadderSchema = z.object({
  steps: z.array(
    z.object({
      characteristicId: characteristicIdSchema,
      name: textSchema,
      /** The city's rung: its level, 0 for not addressed. */
      rung: z.number().int().min(0).max(3),
      /** How far it is below the city's own most advanced characteristic: above 0, it lags there. */
      behind: z.number().int().nonnegative(),
      peers: z.array(
        z.object({
          cityName: z.string(),
          country: z.string(),
          region: z.string().optional(),
          level: z.number().int().min(1).max(4),
          caseStudies: z.array(caseStudyLinkSchema),
        }),
      ),
    }),
  ),
});
export type MaturityLadder = z.infer<typeof maturityLadderSchema>;

const rungOn = (entries: readonly MaturityEntry[], id: CharacteristicId) => {
  const entry = entries.find((e) => e.characteristicId === id);
  return entry && rungOf(entry);
};

/**
 * The city's steps: every characteristic with a known rung below the most mature, the furthest behind first, each
 * with the peers one rung above it there and their case studies on it. Peers are already the consenting ones.
 */
export function maturityLadder(
  city: Pick<AssessedCity, 'cityId' | 'entries'>,
  peers: readonly AssessedCity[],
  caseStudies: readonly CaseStudyLink[],
): MaturityLadder {
  const rungs = maturityCharacteristics.flatMap((c) => {
    const rung = rungOn(city.entries, c.id);
    return rung === undefined ? [] : [{ characteristic: c, rung }];
  });
  const top = Math.max(...rungs.map((r) => r.rung));
  const steps = rungs
    .filter((r) => r.rung < MOST_MATURE)
    .map(({ characteristic, rung }) => ({
      characteristicId: characteristic.id,
      name: { en: characteristic.nameEn, zh: characteristic.nameZh },
      rung,
      behind: top - rung,
      peers: peers
        .filter((peer) => peer.cityId !== city.cityId && rungOn(peer.entries, characteristic.id) === rung + 1)
        .map((peer) => ({
          cityName: peer.cityName,
          country: peer.country,
          ...(peer.region ? { region: peer.region } : {}),
          level: rung + 1,
          caseStudies: caseStudies
            .filter((c) => c.cityId === peer.cityId && c.characteristics.includes(characteristic.id))
            .map(({ pilotId, number, title }) => ({ pilotId, number, title })),
        })),
    }));
  return { steps: steps.sort((a, b) => b.behind - a.behind) };
}

/** The answers the distribution counts: the four levels, and the white paper's ratings without one. */
export const distributionAnswers = [
  'notAddressed',
  '1',
  '2',
  '3',
  '4',
  'cannotAssess',
  'unanswered',
] as const;
const answerKey = (entry: MaturityEntry | undefined): (typeof distributionAnswers)[number] =>
  !entry ? 'unanswered' : entry.answer.kind === 'level' ? `${entry.answer.level}` : entry.answer.kind;

const countsSchema = z.object({
  characteristicId: characteristicIdSchema,
  counts: z.record(z.enum(distributionAnswers), z.number().int().nonnegative()),
});
const groupSchema = z.object({
  cities: z.number().int().nonnegative(),
  /** True when the group has too few cities to show its levels (or showing them would reveal a withheld group's). */
  withheld: z.boolean(),
  characteristics: z.array(countsSchema).optional(),
});
export const maturityDistributionSchema = z.object({
  /** The index's disclosure rule: levels are shown only over at least this many cities. */
  minCities: z.number().int().positive(),
  regions: z.array(groupSchema.extend({ region: z.string() })),
  total: groupSchema,
});
export type MaturityDistribution = z.infer<typeof maturityDistributionSchema>;

function countsOf(cities: readonly AssessedCity[]) {
  return maturityCharacteristics.map((c) => {
    const counts = Object.fromEntries(distributionAnswers.map((a) => [a, 0])) as Record<
      (typeof distributionAnswers)[number],
      number
    >;
    for (const city of cities) counts[answerKey(city.entries.find((e) => e.characteristicId === c.id))]++;
    return { characteristicId: c.id, counts };
  });
}

/** A city's region as its letter gives it, else its country: the white paper compares EU and Chinese cities. */
export const regionOf = (city: Pick<AssessedCity, 'region' | 'country'>) => city.region || city.country;

/**
 * Levels per characteristic by region and in total. A region of fewer than `minCities` shows only its count; the
 * total is withheld too when the regions withheld add up to fewer than `minCities`, since subtracting the shown
 * regions from it would reveal them.
 */
export function maturityDistribution(
  cities: readonly AssessedCity[],
  minCities: number,
): MaturityDistribution {
  const byRegion = new Map<string, AssessedCity[]>();
  for (const city of cities) byRegion.set(regionOf(city), [...(byRegion.get(regionOf(city)) ?? []), city]);
  const regions = [...byRegion]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, members]) => {
      const withheld = members.length < minCities;
      return {
        region,
        cities: members.length,
        withheld,
        ...(withheld ? {} : { characteristics: countsOf(members) }),
      };
    });
  const hidden = regions.filter((r) => r.withheld).reduce((sum, r) => sum + r.cities, 0);
  const totalWithheld = cities.length < minCities || (hidden > 0 && hidden < minCities);
  return {
    minCities,
    regions,
    total: {
      cities: cities.length,
      withheld: totalWithheld,
      ...(totalWithheld ? {} : { characteristics: countsOf(cities) }),
    },
  };
}
