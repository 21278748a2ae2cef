// A case study as a city writes it, and pilots holding one at a given status, for the tests of the case studies.
import type { CaseStudyStatus, CaseStudyView } from '../../core/lifecycle/case-study-fold.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';

/** What the city sends: KPIs by official code, as the form lets it. */
export const sampleCaseStudy = {
  title: 'Fibre to every school',
  challenge: 'A third of the schools had no fixed broadband, so digital lessons stopped at the school gate.',
  initiative: 'The city-owned network connected every school and library within two years.',
  ict: 'Fibre to the premises, a city data centre and open Wi-Fi in libraries.',
  results: [
    { kpiId: 'EC: ICT: ICT: 1C', outcome: 'Households with Internet access rose from 71 % to 88 %.' },
  ],
  lessons: 'Digging once for all utilities halved the cost of every later connection.',
  sdgTargets: ['9.5'],
  characteristics: ['ictInfrastructure', 'funding'],
};

/** Case study 1 as the view keeps it. */
export function caseStudyAt(status: CaseStudyStatus, number = 1): CaseStudyView {
  return {
    ...sampleCaseStudy,
    results: [{ kpiId: 'EC.ICT.ICT.1C', outcome: sampleCaseStudy.results[0]!.outcome }],
    characteristics: ['ictInfrastructure', 'funding'],
    number,
    status,
    createdAt: '2026-02-20T00:00:00.000Z',
    updatedAt: '2026-02-20T00:00:00.000Z',
  };
}

/** A pilot's overrides with case study 1 at the status. */
export const withCaseStudy = (status: CaseStudyStatus): Partial<Pilot> => ({
  caseStudies: [caseStudyAt(status)],
});
