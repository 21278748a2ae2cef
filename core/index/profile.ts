// What the index keeps of a city's profile: population, GDP per capita in US dollars, and their bands.
import * as z from 'zod';
import type { IndexMethodology } from './methodology.ts';

export const cityProfileSchema = z.object({
  population: z.number().positive().nullable(),
  gdpPerCapitaUsd: z.number().positive().nullable(),
  /** Index of the band among the methodology's bounds (0 is below the first bound), null when unknown. */
  populationBand: z.number().int().nonnegative().nullable(),
  gdpPerCapitaBand: z.number().int().nonnegative().nullable(),
});
export type CityProfile = z.infer<typeof cityProfileSchema>;

const bandOf = (value: number | null, bounds: readonly number[]) =>
  value === null ? null : (bounds.findIndex((upper) => value <= upper) + 1 || bounds.length + 1) - 1;

/** The profile an edition keeps of a city, from the profile values of its verified dataset. */
export function cityProfile(
  profile: Readonly<Record<string, number | null>> | undefined,
  currency: string | null | undefined,
  settings: IndexMethodology['peerGroups'],
): CityProfile {
  const population = profile?.population && profile.population > 0 ? profile.population : null;
  const rate = currency ? settings.usdPerUnit[currency] : undefined;
  const gdpPerCapitaUsd = population && profile?.gdp && rate ? (profile.gdp * rate) / population : null;
  return {
    population,
    gdpPerCapitaUsd: gdpPerCapitaUsd === null ? null : Math.round(gdpPerCapitaUsd * 100) / 100,
    populationBand: bandOf(population, settings.populationBands),
    gdpPerCapitaBand: bandOf(gdpPerCapitaUsd, settings.gdpPerCapitaBandsUsd),
  };
}
