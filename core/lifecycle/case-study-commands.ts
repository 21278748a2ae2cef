// The city's case studies: it writes one (or rewrites a draft or a returned one) and submits it, the secretariat
// accepts it or returns it with a reason, and the certified city publishes an accepted one once it consents to.
import * as z from 'zod';
import type { CaseStudyView } from './case-study-fold.ts';
import { caseStudyInputSchema, MAX_CASE_STUDIES } from './case-study-schemas.ts';
import { define, reasonPayload } from './command-definition.ts';
import type { Pilot } from './pilot.ts';
import { stages } from './stages.ts';

const openStages = stages.filter((s) => s !== 'declined' && s !== 'withdrawn');
const numberSchema = z.number().int().positive().max(MAX_CASE_STUDIES);
const numbered = z.strictObject({ number: numberSchema });

/** The case study of that number, or why there is none in the status the command needs. */
function caseStudyIn(
  pilot: Pilot,
  number: number,
  wanted: readonly CaseStudyView['status'][],
  action: string,
): string | undefined {
  const caseStudy = pilot.caseStudies?.find((c) => c.number === number);
  if (!caseStudy) return `No case study ${number}`;
  return wanted.includes(caseStudy.status)
    ? undefined
    : `Case study ${number} is ${caseStudy.status}; only a case study that is ${wanted.join(' or ')} can be ${action}`;
}

/** A precondition: some case study is in one of these statuses, so next steps offer only what can be done. */
const someIn =
  (wanted: readonly CaseStudyView['status'][], missing: string) =>
  ({ pilot }: { pilot: Pilot }) =>
    pilot.caseStudies?.some((c) => wanted.includes(c.status)) ? undefined : missing;

export const caseStudyCommands = {
  saveCaseStudy: define({
    describe: 'write a case study',
    actors: ['city'],
    from: openStages,
    // Without a number it is a new case study; with one, a draft or returned one rewritten.
    payload: caseStudyInputSchema.extend({ number: numberSchema.optional() }),
    eventType: 'CaseStudySaved',
    guard: ({ pilot, payload }) => {
      if (payload.number !== undefined)
        return caseStudyIn(pilot, payload.number, ['draft', 'returned'], 'rewritten');
      const written = pilot.caseStudies?.length ?? 0;
      return written >= MAX_CASE_STUDIES
        ? `This pilot has ${written} case studies, the most it may have; rewrite a draft instead`
        : undefined;
    },
    data: ({ pilot, payload: { number, ...caseStudy } }) => ({
      number: number ?? (pilot.caseStudies?.length ?? 0) + 1,
      caseStudy,
    }),
  }),
  submitCaseStudy: define({
    describe: 'submit a case study for review',
    actors: ['city'],
    from: openStages,
    payload: numbered,
    eventType: 'CaseStudySubmitted',
    precondition: someIn(['draft', 'returned'], 'No case study is waiting to be submitted'),
    guard: ({ pilot, payload }) => caseStudyIn(pilot, payload.number, ['draft', 'returned'], 'submitted'),
    data: ({ payload }) => payload,
  }),
  acceptCaseStudy: define({
    describe: 'accept a case study',
    actors: ['secretariat'],
    from: openStages,
    payload: numbered,
    eventType: 'CaseStudyReviewed',
    precondition: someIn(['submitted'], 'No case study is submitted for review'),
    guard: ({ pilot, payload }) => caseStudyIn(pilot, payload.number, ['submitted'], 'reviewed'),
    data: ({ payload }) => ({ ...payload, accepted: true }),
  }),
  returnCaseStudy: define({
    describe: 'return a case study to the city',
    actors: ['secretariat'],
    from: openStages,
    payload: reasonPayload.extend({ number: numberSchema }),
    eventType: 'CaseStudyReviewed',
    precondition: someIn(['submitted'], 'No case study is submitted for review'),
    guard: ({ pilot, payload }) => caseStudyIn(pilot, payload.number, ['submitted'], 'reviewed'),
    data: ({ payload }) => ({ ...payload, accepted: false }),
  }),
  publishCaseStudy: define({
    describe: 'publish a case study',
    actors: ['city'],
    // A case study speaks for a certified programme: before certification there is nothing it can be shown beside.
    from: ['certified'],
    payload: numbered,
    eventType: 'CaseStudyPublished',
    precondition: someIn(['accepted'], 'No accepted case study is waiting to be published'),
    guard: ({ pilot, payload }) => {
      if (pilot.certificate?.revoked) return 'the certificate is revoked';
      if (pilot.publication.caseStudies !== 'publish')
        return 'Consent to publishing case studies in the publication choices first';
      return caseStudyIn(pilot, payload.number, ['accepted'], 'published');
    },
    data: ({ payload }) => payload,
  }),
};
