// The worked example of docs/index-methodology.md, read from the page itself, against the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeResults } from '../../../core/index/compose.ts';
import type { Normalisation } from '../../../core/index/methodology.ts';
import {
  exampleCities,
  exampleContribution,
  exampleHeader,
  exampleLayout,
  exampleMethodology,
} from './worked-example.ts';

const page = readFileSync(new URL('../../../docs/index-methodology.md', import.meta.url), 'utf8');

/** The rows of the results table after the marker, as cells. */
function documentedRows(normalisation: Normalisation): string[][] {
  const lines = (page.split(`<!-- worked-example:${normalisation} -->`)[1] ?? '').trim().split('\n');
  const table = lines.slice(
    0,
    lines.findIndex((line) => !line.startsWith('|')),
  );
  return table.slice(2).map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

const shown = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100);

describe('the worked example of the methodology page', () => {
  for (const normalisation of ['bands', 'continuous'] as const) {
    it(`computes the ${normalisation} table the page gives, row by row`, () => {
      const methodology = { ...exampleMethodology, normalisation };
      const contributions = exampleCities.map((c) => exampleContribution(c));

      const edition = composeResults(exampleLayout, methodology, exampleHeader, contributions);

      const computed = edition.cities.map((c) => [
        c.cityName,
        shown(c.dimensions.A),
        shown(c.dimensions.B),
        shown(c.index),
        c.rank === null ? 'listed' : String(c.rank),
        c.uncertainty ? String(c.uncertainty.medianRank) : '—',
        c.uncertainty ? `${c.uncertainty.low}–${c.uncertainty.high}` : '—',
      ]);
      expect(documentedRows(normalisation)).toHaveLength(4);
      expect(computed).toEqual(documentedRows(normalisation));
    });
  }

  it('gives the banded index with dimension A weighing 2 that the page computes', () => {
    const methodology = {
      ...exampleMethodology,
      weights: [{ level: 'dimension' as const, path: 'A', weight: 2 }],
    };

    const alpha = composeResults(exampleLayout, methodology, exampleHeader, [exampleContribution('Alpha')])
      .cities[0]!;

    expect(page).toContain('(2 × 50 + 66.67) / 3 = 55.56');
    expect(alpha.index).toBeCloseTo((2 * 50 + 200 / 3) / 3, 6);
  });
});
