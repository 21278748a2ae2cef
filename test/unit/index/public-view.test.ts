// Consent and disclosure: only named cities appear; a distribution needs enough cities; the open data follows.
import { describe, expect, it } from 'vitest';
import { composeResults } from '../../../core/index/compose.ts';
import { dataPackage, openDataCsv, openDataTables } from '../../../core/index/open-data.ts';
import { publicEdition, quantile } from '../../../core/index/public-view.ts';
import { dataPackageSchema, tableProblems } from '../../support/data-package.ts';
import {
  exampleCities,
  exampleContribution,
  exampleHeader,
  exampleLayout,
  exampleMethodology,
} from './worked-example.ts';

const anonymous = new Set(['Beta', 'Delta']);
const contributions = exampleCities.map((c) => ({
  ...exampleContribution(c),
  naming: anonymous.has(c) ? ('anonymous' as const) : ('named' as const),
}));
const edition = composeResults(exampleLayout, exampleMethodology, exampleHeader, contributions);
const at = '2027-05-01T00:00:00.000Z';
const withMinimum = (minCities: number) =>
  publicEdition(exampleLayout, edition, at, { ...exampleMethodology, disclosure: { minCities } });

describe('the public view of an edition', () => {
  it('names only the cities that consented, keeping the ranks they hold among all cities', () => {
    const view = withMinimum(3);

    expect(view.cities.map((c) => [c.cityName, c.status, c.rank])).toEqual([
      ['Alpha', 'ranked', 1],
      ['Gamma', 'listed', null],
    ]);
    expect(view).toMatchObject({ contributors: 4, ranked: 3 });
    expect(JSON.stringify(view)).not.toMatch(/Beta|Delta|p-beta|p-delta/);
  });

  it('publishes the quartiles of a node only over at least the minimum number of cities', () => {
    const three = withMinimum(3);
    const four = withMinimum(4);

    // Index: 3 ranked cities; dimension A: all 4 cities have a score; dimension B: 3.
    expect(
      three.distributions.filter((d) => d.level !== 'kpi' && d.level !== 'category').map((d) => d.path),
    ).toEqual(['index', 'A', 'B', 'A.1', 'A.2', 'B.1']);
    expect(four.distributions.filter((d) => d.level === 'dimension').map((d) => [d.path, d.cities])).toEqual([
      ['A', 4],
    ]);
  });

  it('withholds a distribution in which exactly one city is anonymous, since the named values are public', () => {
    const oneAnonymous = composeResults(
      exampleLayout,
      exampleMethodology,
      exampleHeader,
      contributions.map((c) => (c.cityName === 'Delta' ? { ...c, naming: 'named' as const } : c)),
    );

    const view = publicEdition(exampleLayout, oneAnonymous, at, {
      ...exampleMethodology,
      disclosure: { minCities: 3 },
    });

    // Beta, the only anonymous city, has a score everywhere, so nothing is published.
    expect(view.distributions).toEqual([]);
  });

  it('gives the banded index quartiles of Beta 45.83, Delta 54.17 and Alpha 58.33 by linear interpolation', () => {
    const index = withMinimum(3).distributions.find((d) => d.level === 'index')!;

    expect(index.median).toBeCloseTo(54.166667, 6);
    expect(index.q1).toBeCloseTo((45.833333 + 54.166667) / 2, 5);
    expect(index.q3).toBeCloseTo((54.166667 + 58.333333) / 2, 5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
  });
});

describe('the open data of an edition', () => {
  const view = withMinimum(3);
  const descriptor = dataPackageSchema.parse(dataPackage(exampleLayout, edition, view));

  it('describes each CSV table with a schema the table conforms to, under an open licence', () => {
    const problems = descriptor.resources.flatMap((resource, i) =>
      tableProblems(resource, openDataCsv(exampleLayout, edition, view, openDataTables[i]!)),
    );

    expect(descriptor.resources.map((r) => r.path)).toEqual(openDataTables.map((t) => `data/${t}`));
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    expect(problems).toEqual([]);
  });

  it('holds no value of an anonymous city in any table', () => {
    const tables = openDataTables.map((t) => openDataCsv(exampleLayout, edition, view, t));

    expect(tables.join('')).not.toMatch(/Beta|Delta|beta|delta/);
    expect(tables[1]!.split('\r\n').filter((l) => l.startsWith('alpha,'))).toHaveLength(5);
  });

  it('quotes a field with a comma or a quote, as RFC 4180 says', () => {
    const quoted = composeResults(exampleLayout, exampleMethodology, exampleHeader, [
      { ...exampleContribution('Alpha'), cityName: 'Alpha, "Old Town"' },
    ]);

    const csv = openDataCsv(
      exampleLayout,
      quoted,
      publicEdition(exampleLayout, quoted, at, exampleMethodology),
      'cities.csv',
    );

    expect(csv.split('\r\n')[1]).toContain('"Alpha, ""Old Town"""');
  });
});
