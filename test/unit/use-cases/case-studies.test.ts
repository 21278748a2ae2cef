// The public case studies as the policy guidance reads them: only published ones of certified, consenting,
// unrevoked pilots, filtered by KPI category and characteristic, and none of the city that asks.
import { describe, expect, it } from 'vitest';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { findPublishedCaseStudies } from '../../../core/use-cases/case-studies.ts';
import { caseStudyAt } from '../../support/case-studies.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { pilotIn } from '../../support/pilots.ts';

const published = { ...caseStudyAt('published'), publishedAt: '2026-03-01T00:00:00.000Z' };
const sharing = (pilotId: string, cityId: string, overrides: Partial<Pilot> = {}) => {
  const base = pilotIn('certified', { pilotId, cityId, cityName: cityId, caseStudies: [published] });
  return { ...base, publication: { ...base.publication, caseStudies: 'publish' as const }, ...overrides };
};

async function seeded(...pilots: Pilot[]) {
  const deps = memoryDeps();
  for (const pilot of pilots) await deps.pilots.seed(pilot);
  return deps;
}

describe('findPublishedCaseStudies', () => {
  it('lists a published case study with its city, characteristics and KPI categories', async () => {
    const deps = await seeded(sharing('p-a', 'aurora'));

    expect(await findPublishedCaseStudies(deps, {})).toEqual([
      expect.objectContaining({
        pilotId: 'p-a',
        number: 1,
        cityName: 'aurora',
        title: 'Fibre to every school',
        characteristics: ['ictInfrastructure', 'funding'],
        categories: ['EC.ICT.ICT'],
      }),
    ]);
  });

  it('leaves out what is not public: withheld consent, a revoked certificate, an accepted but unpublished one', async () => {
    const withheld = sharing('p-b', 'borealis');
    const deps = await seeded(
      { ...withheld, publication: { ...withheld.publication, caseStudies: 'withhold' } },
      sharing('p-c', 'cygnus', {
        certificate: {
          certificateNumber: 'U4SSC-2026-C',
          datasetHash: 'h',
          key: 'k',
          issuedAt: '2026-02-01T00:00:00.000Z',
          revoked: { reason: 'Data withdrawn', at: '2026-02-10T00:00:00.000Z' },
        },
      }),
      sharing('p-d', 'draco', { caseStudies: [caseStudyAt('accepted')] }),
    );

    expect(await findPublishedCaseStudies(deps, {})).toEqual([]);
  });

  it('filters by category and characteristic, and leaves out the asking city', async () => {
    const deps = await seeded(sharing('p-a', 'aurora'), sharing('p-b', 'borealis'));

    const ids = async (filter: Parameters<typeof findPublishedCaseStudies>[1]) =>
      (await findPublishedCaseStudies(deps, filter)).map((c) => c.pilotId).sort();

    expect(await ids({ characteristic: 'funding' })).toEqual(['p-a', 'p-b']);
    expect(await ids({ characteristic: 'governance' })).toEqual([]);
    expect(await ids({ category: 'EC.ICT.ICT' })).toEqual(['p-a', 'p-b']);
    expect(await ids({ category: 'SC.HE.HE' })).toEqual([]);
    expect(await ids({ excludeCityId: 'aurora' })).toEqual(['p-b']);
  });
});
