// The city's case studies: written and rewritten as drafts, submitted, accepted or returned with a reason by the
// secretariat, published only by the certified city that consents; KPIs and SDG targets held to the catalogue.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import { InvalidRequestError } from '../../../core/errors.ts';
import { MAX_CASE_STUDIES } from '../../../core/lifecycle/case-study-schemas.ts';
import type { CommandName } from '../../../core/lifecycle/commands.ts';
import { decide } from '../../../core/lifecycle/decide.ts';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { caseStudyAt, sampleCaseStudy } from '../../support/case-studies.ts';
import { act as actAt, refusal as refusalAt } from '../../support/decide-steps.ts';
import { city, pilotIn, secretariat } from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');
const act = (pilot: Pilot, command: CommandName, payload: unknown, actor: Actor) =>
  actAt(pilot, command, payload, actor, now);
const refusal = (pilot: Pilot, command: CommandName, payload: unknown, actor: Actor) =>
  refusalAt(pilot, command, payload, actor, now);
const consenting = (pilot: Pilot): Pilot => ({
  ...pilot,
  publication: { ...pilot.publication, caseStudies: 'publish' },
});

describe('writing a case study', () => {
  it('given a pilot in collection, when the city writes one, then it is draft 1 with its KPIs stored by id', () => {
    const pilot = pilotIn('data_collection');

    const written = act(pilot, 'saveCaseStudy', sampleCaseStudy, city);

    expect(written.caseStudies).toHaveLength(1);
    expect(written.caseStudies![0]).toMatchObject({
      number: 1,
      status: 'draft',
      title: 'Fibre to every school',
      results: [{ kpiId: 'EC.ICT.ICT.1C' }],
      characteristics: ['ictInfrastructure', 'funding'],
    });
  });

  it('given a draft, when the city rewrites it by number, then the same case study holds the new text', () => {
    const drafted = act(pilotIn('data_collection'), 'saveCaseStudy', sampleCaseStudy, city);

    const rewritten = act(
      drafted,
      'saveCaseStudy',
      { ...sampleCaseStudy, number: 1, title: 'Schools online' },
      city,
    );

    expect(rewritten.caseStudies!.map((c) => [c.number, c.title])).toEqual([[1, 'Schools online']]);
  });

  it('given a case study citing a KPI the catalogue lacks, when the city writes it, then it is refused naming the KPI', () => {
    const attempt = () =>
      decide(
        pilotIn('data_collection'),
        'saveCaseStudy',
        { ...sampleCaseStudy, results: [{ kpiId: 'EC: ICT: ICT: 99C', outcome: 'Better' }] },
        city,
        now,
      );

    expect(attempt).toThrow(InvalidRequestError);
    try {
      attempt();
    } catch (error) {
      expect(JSON.stringify((error as InvalidRequestError).details)).toContain(
        '\\"EC: ICT: ICT: 99C\\" is not a KPI of the U4SSC catalogue',
      );
    }
  });

  it('given an unknown SDG target or characteristic, when the city writes it, then it is refused', () => {
    const pilot = pilotIn('data_collection');

    expect(() =>
      decide(pilot, 'saveCaseStudy', { ...sampleCaseStudy, sdgTargets: ['18.1'] }, city, now),
    ).toThrow(InvalidRequestError);
    expect(() =>
      decide(pilot, 'saveCaseStudy', { ...sampleCaseStudy, characteristics: ['happiness'] }, city, now),
    ).toThrow(InvalidRequestError);
  });

  it('given the most case studies a pilot may hold, when the city writes another, then it is refused', () => {
    const full = pilotIn('data_collection', {
      caseStudies: Array.from({ length: MAX_CASE_STUDIES }, (_, i) => caseStudyAt('draft', i + 1)),
    });

    expect(refusal(full, 'saveCaseStudy', sampleCaseStudy, city)).toContain(
      `has ${MAX_CASE_STUDIES} case studies, the most it may have`,
    );
  });

  it('given a submitted case study, when the city rewrites it, then it is refused until the review returns it', () => {
    const submitted = pilotIn('data_collection', { caseStudies: [caseStudyAt('submitted')] });

    expect(refusal(submitted, 'saveCaseStudy', { ...sampleCaseStudy, number: 1 }, city)).toContain(
      'Case study 1 is submitted; only a case study that is draft or returned can be rewritten',
    );
  });
});

describe('reviewing a case study', () => {
  const submitted = act(
    act(pilotIn('data_collection'), 'saveCaseStudy', sampleCaseStudy, city),
    'submitCaseStudy',
    { number: 1 },
    city,
  );

  it('given a submitted case study, when the secretariat returns it with a reason, then the city may rewrite and resubmit it', () => {
    const returned = act(submitted, 'returnCaseStudy', { number: 1, reason: 'Name the survey' }, secretariat);
    const resubmitted = act(
      act(returned, 'saveCaseStudy', { ...sampleCaseStudy, number: 1, lessons: 'Survey: 2025 census' }, city),
      'submitCaseStudy',
      { number: 1 },
      city,
    );

    expect(returned.caseStudies![0]).toMatchObject({
      status: 'returned',
      review: { accepted: false, reason: 'Name the survey', userId: secretariat.userId },
    });
    expect(resubmitted.caseStudies![0]).toMatchObject({
      status: 'submitted',
      lessons: 'Survey: 2025 census',
    });
  });

  it('given only drafts, when the secretariat reviews one, then it is refused: only a submitted one is reviewed', () => {
    const drafted = pilotIn('data_collection', { caseStudies: [caseStudyAt('draft')] });
    const mixed = pilotIn('data_collection', {
      caseStudies: [caseStudyAt('draft'), caseStudyAt('submitted', 2)],
    });

    expect(refusal(drafted, 'acceptCaseStudy', { number: 1 }, secretariat)).toContain(
      'No case study is submitted for review',
    );
    expect(refusal(mixed, 'acceptCaseStudy', { number: 1 }, secretariat)).toContain(
      'Case study 1 is draft; only a case study that is submitted can be reviewed',
    );
  });
});

describe('publishing a case study', () => {
  it('given an accepted case study before certification, when the city publishes it, then the stage refuses it', () => {
    const reported = consenting(pilotIn('reported', { caseStudies: [caseStudyAt('accepted')] }));

    expect(refusal(reported, 'publishCaseStudy', { number: 1 }, city)).toContain('stage "reported"');
  });

  it('given a certified city without consent, when it publishes, then it is asked to consent first', () => {
    const certified = pilotIn('certified', { caseStudies: [caseStudyAt('accepted')] });

    expect(certified.publication.caseStudies).toBe('withhold');
    expect(refusal(certified, 'publishCaseStudy', { number: 1 }, city)).toContain(
      'Consent to publishing case studies',
    );
  });

  it('given consent and an accepted case study, when the certified city publishes it, then it is published', () => {
    const certified = consenting(pilotIn('certified', { caseStudies: [caseStudyAt('accepted')] }));

    const published = act(certified, 'publishCaseStudy', { number: 1 }, city);

    expect(published.caseStudies![0]).toMatchObject({ status: 'published', publishedAt: now.toISOString() });
  });

  it('given a case study not yet accepted, when the certified city publishes it, then it is refused', () => {
    const certified = consenting(
      pilotIn('certified', { caseStudies: [caseStudyAt('accepted'), caseStudyAt('submitted', 2)] }),
    );

    expect(refusal(certified, 'publishCaseStudy', { number: 2 }, city)).toContain(
      'Case study 2 is submitted; only a case study that is accepted can be published',
    );
  });
});
