// The maturity ladder and the distribution of levels: peers exactly one rung ahead with their case studies on that
// characteristic, the furthest-behind characteristic first; and regions too small for the disclosure rule withheld.
import { describe, expect, it } from 'vitest';
import type { MaturityEntry } from '../../../core/maturity/answers.ts';
import { type AssessedCity, maturityDistribution, maturityLadder } from '../../../core/maturity/ladder.ts';
import { maturityCharacteristics } from '../../../core/template/maturity.ts';

/** Every characteristic at `level`, but those named otherwise (0 = not addressed, 'x' = cannot assess). */
function entries(
  level: 1 | 2 | 3 | 4,
  overrides: Record<string, 0 | 1 | 2 | 3 | 4 | 'x'> = {},
): MaturityEntry[] {
  return maturityCharacteristics.map((c) => {
    const answer = overrides[c.id] ?? level;
    return {
      characteristicId: c.id,
      answer:
        answer === 0
          ? { kind: 'notAddressed' }
          : answer === 'x'
            ? { kind: 'cannotAssess' }
            : { kind: 'level', level: answer },
    };
  });
}
const cityOf = (cityId: string, list: MaturityEntry[], region = 'Europe'): AssessedCity => ({
  cityId,
  cityName: cityId[0]!.toUpperCase() + cityId.slice(1),
  country: 'Norway',
  region,
  pilotId: `p-${cityId}`,
  entries: list,
});

describe('the maturity ladder', () => {
  const aurora = { cityId: 'aurora', entries: entries(3, { governance: 1, funding: 0, businessModel: 'x' }) };

  it('given peers at several levels, when the ladder is built, then only those exactly one rung ahead are named', () => {
    const peers = [
      cityOf('borealis', entries(2)), // governance 2: one ahead of 1
      cityOf('cygnus', entries(3)), // governance 3: two ahead
      cityOf('draco', entries(1)), // funding 1: one ahead of not addressed
    ];

    const { steps } = maturityLadder(aurora, peers, []);

    const governance = steps.find((s) => s.characteristicId === 'governance')!;
    const funding = steps.find((s) => s.characteristicId === 'funding')!;
    expect(governance.peers.map((p) => [p.cityName, p.level])).toEqual([['Borealis', 2]]);
    expect(funding.peers.map((p) => [p.cityName, p.level])).toEqual([['Draco', 1]]);
    // Strategy is at 3: a peer at 4 would be a step; none is.
    expect(steps.find((s) => s.characteristicId === 'strategy')!.peers).toEqual([]);
  });

  it('given a characteristic that cannot be assessed, when the ladder is built, then it offers no step there', () => {
    const { steps } = maturityLadder(aurora, [], []);

    expect(steps.map((s) => s.characteristicId)).not.toContain('businessModel');
  });

  it('given the city lags on some characteristics, then the furthest behind come first, marked by how far', () => {
    const { steps } = maturityLadder(aurora, [], []);

    expect(steps.slice(0, 2).map((s) => [s.characteristicId, s.behind])).toEqual([
      ['funding', 3],
      ['governance', 2],
    ]);
  });

  it('given a peer with published case studies, then the step links only those on its characteristic', () => {
    const peers = [cityOf('borealis', entries(2))];
    const caseStudies = [
      {
        cityId: 'borealis',
        pilotId: 'p-borealis',
        number: 1,
        title: 'One desk',
        characteristics: ['governance' as const],
      },
      {
        cityId: 'borealis',
        pilotId: 'p-borealis',
        number: 2,
        title: 'Fibre',
        characteristics: ['ictInfrastructure' as const],
      },
    ];

    const { steps } = maturityLadder(aurora, peers, caseStudies);

    expect(steps.find((s) => s.characteristicId === 'governance')!.peers[0]!.caseStudies).toEqual([
      { pilotId: 'p-borealis', number: 1, title: 'One desk' },
    ]);
  });

  it('never names the city itself as its own peer', () => {
    const { steps } = maturityLadder(aurora, [cityOf('aurora', entries(2))], []);

    expect(steps.flatMap((s) => s.peers)).toEqual([]);
  });
});

describe('the distribution of levels', () => {
  const europe = Array.from({ length: 5 }, (_, i) => cityOf(`eu${i}`, entries(i < 3 ? 2 : 3), 'Europe'));
  const china = Array.from({ length: 5 }, (_, i) => cityOf(`cn${i}`, entries(3, { funding: 0 }), 'China'));

  it('given every region over the rule, then each shows its counts per characteristic, and the total too', () => {
    const distribution = maturityDistribution([...europe, ...china], 5);

    const eu = distribution.regions.find((r) => r.region === 'Europe')!;
    expect(eu.withheld).toBe(false);
    expect(eu.characteristics?.find((c) => c.characteristicId === 'strategy')?.counts).toMatchObject({
      '2': 3,
      '3': 2,
    });
    const funding = distribution.total.characteristics?.find((c) => c.characteristicId === 'funding');
    expect(funding?.counts).toMatchObject({ notAddressed: 5, '2': 3, '3': 2, '4': 0 });
    expect(distribution.total).toMatchObject({ cities: 10, withheld: false });
  });

  it('given a region under the rule, then it shows only its count, and the total is withheld too', () => {
    const distribution = maturityDistribution([...europe, ...china.slice(0, 2)], 5);

    const cn = distribution.regions.find((r) => r.region === 'China')!;
    expect(cn).toEqual({ region: 'China', cities: 2, withheld: true });
    // Europe minus the total would give China away.
    expect(distribution.total).toEqual({ cities: 7, withheld: true });
    expect(distribution.regions.find((r) => r.region === 'Europe')?.withheld).toBe(false);
  });

  it('given withheld regions that together reach the rule, then the total is shown', () => {
    const asia = [cityOf('jp', entries(2), 'Japan'), cityOf('kr', entries(2), 'Korea')];
    const distribution = maturityDistribution([...europe, ...asia, ...china.slice(0, 3)], 5);

    expect(distribution.regions.filter((r) => r.withheld).map((r) => r.region)).toEqual([
      'China',
      'Japan',
      'Korea',
    ]);
    expect(distribution.total.withheld).toBe(false);
  });
});
