// Peer groups: bands from the city profile, "cities like mine" by profile distance, quartiles without the city itself.
import { describe, expect, it } from 'vitest';
import { composeResults } from '../../../core/index/compose.ts';
import { defaultIndexMethodology } from '../../../core/index/methodology.ts';
import { peerGroups } from '../../../core/index/peers.ts';
import { cityProfile } from '../../../core/index/profile.ts';
import { exampleContribution, exampleHeader, exampleLayout, exampleMethodology } from './worked-example.ts';

const settings = defaultIndexMethodology.peerGroups;

describe('peer groups', () => {
  it('bands population and GDP per capita in US dollars, and leaves a currency without a rate unbanded', () => {
    const inEuro = cityProfile({ population: 250_000, gdp: 5_000_000_000 }, 'EUR', settings);
    const unknownRate = cityProfile({ population: 6_000_000, gdp: 1e11 }, 'XYZ', settings);

    // 5e9 EUR x 1.08 / 250 000 = 21 600 USD per inhabitant: above the last bound, band 3.
    expect(inEuro).toEqual({
      population: 250_000,
      gdpPerCapitaUsd: 21_600,
      populationBand: 1,
      gdpPerCapitaBand: 3,
    });
    expect(unknownRate).toEqual({
      population: 6_000_000,
      gdpPerCapitaUsd: null,
      populationBand: 4,
      gdpPerCapitaBand: null,
    });
  });

  it("compares a city with its peers' quartiles, itself left out, once enough peers have a score", () => {
    const profile = cityProfile({ population: 200_000, gdp: 4e9 }, 'USD', settings);
    const cities = ['Alpha', 'Beta', 'Delta', 'Alpha', 'Delta', 'Beta'].map((name, i) => ({
      ...exampleContribution(name),
      cityId: `c${i}`,
      pilotId: `p${i}`,
      region: 'North',
      profile,
    }));
    const edition = composeResults(exampleLayout, exampleMethodology, exampleHeader, cities);
    const methodology = { ...exampleMethodology, disclosure: { minCities: 5 } };

    const groups = peerGroups(exampleLayout, edition, 'c0', methodology);

    expect(groups.map((g) => [g.kind, g.value, g.peers])).toEqual([
      ['population', 1, 5],
      ['gdpPerCapita', 3, 5],
      ['region', 'North', 5],
      ['similar', 5, 5],
    ]);
    const k1 = groups[0]!.kpis.find((k) => k.kpiId === 'k1')!;
    // Peers' k1 (bands): Beta 0, Delta 33.33, Alpha 66.67, Delta 33.33, Beta 0.
    expect(k1.score).toBeCloseTo(200 / 3, 5);
    expect(k1.peers).toMatchObject({ cities: 5, q1: 0, q3: 33.333333 });
    expect(k1.peers?.median).toBeCloseTo(100 / 3, 5);
  });

  it('publishes no quartiles to a city with fewer peers than the disclosure rule needs', () => {
    const profile = cityProfile({ population: 200_000, gdp: 4e9 }, 'USD', settings);
    const cities = ['Alpha', 'Beta'].map((name) => ({ ...exampleContribution(name), profile }));
    const edition = composeResults(exampleLayout, exampleMethodology, exampleHeader, cities);

    const groups = peerGroups(exampleLayout, edition, 'alpha', exampleMethodology);

    expect(groups.every((g) => g.kpis.every((k) => k.peers === null))).toBe(true);
  });
});
