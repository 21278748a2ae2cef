// Versioned weights: a methodology version names nodes of the catalogue, each once, and follows the one in force.
import { describe, expect, it } from 'vitest';
import { defaultIndexMethodology, validateMethodology } from '../../../core/index/methodology.ts';
import { catalogueTree, layOut } from '../../../core/index/tree.ts';

const next = {
  ...defaultIndexMethodology,
  version: 2,
  createdAt: '2027-01-01T00:00:00.000Z',
  createdBy: 'secretariat',
};

describe('the index methodology table', () => {
  it('lays the catalogue out as 3 dimensions, 7 sub-dimensions, 27 categories and 91 KPIs', () => {
    const layout = layOut(catalogueTree());

    expect(
      [layout.dimensions, layout.subDimensions, layout.categories, layout.kpis].map((l) => l.length),
    ).toEqual([3, 7, 27, 91]);
    expect(layout.kpisPerDimension).toEqual([45, 17, 29]);
  });

  it('accepts weights on nodes of the catalogue', () => {
    const candidate = {
      ...next,
      weights: [
        { level: 'dimension', path: 'EN', weight: 2 },
        { level: 'category', path: 'EC.ICT.WS', weight: 0.5 },
      ],
    };

    expect(validateMethodology(candidate, defaultIndexMethodology).ok).toBe(true);
  });

  it('refuses a weight on a node the catalogue lacks, a node weighted twice and a version that does not follow', () => {
    const candidate = {
      ...next,
      version: 1,
      weights: [
        { level: 'subDimension', path: 'EC.XX', weight: 2 },
        { level: 'dimension', path: 'SC', weight: 2 },
        { level: 'dimension', path: 'SC', weight: 3 },
      ],
    };

    const checked = validateMethodology(candidate, defaultIndexMethodology);

    expect(checked).toEqual({
      ok: false,
      issues: [
        'weights: EC.XX is not a subDimension of the catalogue',
        'weights: SC has more than one weight',
        'version 1 must follow 1',
      ],
    });
  });

  it('refuses a coverage threshold of zero, which would rank a city with nothing reported in a dimension', () => {
    const checked = validateMethodology({ ...next, coverage: { minKpiShare: 0 } }, defaultIndexMethodology);

    expect(checked.ok).toBe(false);
  });
});
