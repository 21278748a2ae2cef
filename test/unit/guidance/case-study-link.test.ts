// A proposal links the newest published case study of another city on its KPI category or maturity characteristic.
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../core/guidance/proposals.ts';
import type { PublishedCaseStudySummary } from '../../../core/use-cases/case-studies.ts';
import { caseStudyFor } from '../../../core/use-cases/guidance.ts';

const published = (
  pilotId: string,
  title: string,
  on: { categories?: string[]; characteristics?: PublishedCaseStudySummary['characteristics'] },
): PublishedCaseStudySummary => ({
  pilotId,
  number: 1,
  cityName: `City of ${pilotId}`,
  country: 'Utopia',
  title,
  categories: on.categories ?? [],
  characteristics: on.characteristics ?? [],
  publishedAt: '2027-01-01T00:00:00.000Z',
});
const proposal = (about: { category?: string; characteristic?: string }): Proposal => ({
  proposalId: 'p',
  kind: about.category ? 'belowTarget' : 'maturityGap',
  section: 'policyRecommendations',
  ...about,
  kpiIds: [],
  text: { en: 'Do better.', zh: '做得更好。' },
});
// Newest first, as findPublishedCaseStudies answers.
const studies = [
  published('pnew', 'Air quality sensors', { categories: ['EN.EN.AQ'] }),
  published('pold', 'Clean air zones', { categories: ['EN.EN.AQ'], characteristics: ['funding'] }),
];

describe('the case study a proposal links to', () => {
  it('is the newest one on its category', () => {
    expect(caseStudyFor(proposal({ category: 'EN.EN.AQ' }), studies)).toEqual({
      pilotId: 'pnew',
      number: 1,
      title: 'Air quality sensors',
      cityName: 'City of pnew',
    });
  });

  it('is one on its maturity characteristic for a maturity gap', () => {
    expect(caseStudyFor(proposal({ characteristic: 'funding' }), studies)?.pilotId).toBe('pold');
  });

  it('is none when no published case study shares the category or characteristic', () => {
    expect(caseStudyFor(proposal({ category: 'EC.ICT.WS' }), studies)).toBeUndefined();
    expect(caseStudyFor(proposal({ characteristic: 'governance' }), studies)).toBeUndefined();
  });
});
