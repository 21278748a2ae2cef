import { describe, expect, it } from 'vitest';
import type { PilotEvent } from '../../../core/lifecycle/events.ts';
import { applyEvent, type Pilot } from '../../../core/lifecycle/pilot.ts';
import { emptyVerification } from '../../../core/lifecycle/verification-schemas.ts';
import { rankVerifiers } from '../../../core/verification/ranking.ts';
import type { Verifier } from '../../../core/verification/verifier.ts';
import { pilotIn, verifier } from '../../support/pilots.ts';

let seq = 5;
function at(pilot: Pilot, iso: string, event: Pick<PilotEvent, 'type' | 'data'>): Pilot {
  seq = pilot.version + 1;
  return applyEvent(pilot, { ...event, pilotId: pilot.pilotId, seq, at: iso, actor: verifier } as PilotEvent);
}
const inVerification = () =>
  pilotIn('in_verification', {
    dueAt: '2026-05-01T00:00:00.000Z',
    dueKind: 'verification',
    verification: emptyVerification(),
  });
const raise = (queryId: string) => ({
  type: 'QueryRaised' as const,
  data: { queryId, dataPointId: 'EC.ICT.ICT.1C', question: 'Source?', dueAt: '2026-04-01T00:00:00.000Z' },
});
const answer = (queryId: string) => ({
  type: 'QueryAnswered' as const,
  data: { queryId, text: 'Census 2025' },
});

describe('the verifier’s clock', () => {
  it('stops while a query waits for the city and moves the deadline by the stopped time', () => {
    let pilot = at(inVerification(), '2026-03-01T00:00:00.000Z', raise('q1'));
    expect(pilot.verification?.clockStoppedSince).toBe('2026-03-01T00:00:00.000Z');

    pilot = at(pilot, '2026-03-04T00:00:00.000Z', answer('q1'));

    expect(pilot.verification?.clockStoppedSince).toBeUndefined();
    expect(pilot.verification?.stoppedMs).toBe(3 * 86_400_000);
    expect(pilot.dueAt).toBe('2026-05-04T00:00:00.000Z');
  });

  it('counts overlapping queries once, from the first raised to the last answered', () => {
    let pilot = at(inVerification(), '2026-03-01T00:00:00.000Z', raise('q1'));
    pilot = at(pilot, '2026-03-02T00:00:00.000Z', raise('q2'));
    pilot = at(pilot, '2026-03-03T00:00:00.000Z', answer('q1'));
    expect(pilot.dueAt).toBe('2026-05-01T00:00:00.000Z');

    pilot = at(pilot, '2026-03-06T00:00:00.000Z', answer('q2'));

    expect(pilot.dueAt).toBe('2026-05-06T00:00:00.000Z');
  });

  it('keeps running while an answered query waits for the verifier to close it', () => {
    let pilot = at(inVerification(), '2026-03-01T00:00:00.000Z', raise('q1'));
    pilot = at(pilot, '2026-03-02T00:00:00.000Z', answer('q1'));

    pilot = at(pilot, '2026-03-10T00:00:00.000Z', {
      type: 'QueryClosed',
      data: { queryId: 'q1', resolution: 'ok' },
    });

    expect(pilot.dueAt).toBe('2026-05-02T00:00:00.000Z');
  });
});

const profile = (id: string, extra: Partial<Verifier> = {}): Verifier => ({
  verifierId: id,
  name: id,
  email: `${id}@x.org`,
  languages: ['en'],
  regions: ['Europe'],
  modes: ['remote'],
  accreditation: 'ISO 17029',
  conflicts: [],
  active: true,
  ...extra,
});

describe('ranking verifier candidates', () => {
  const pilot = pilotIn('validated', {
    region: 'Europe',
    preferredVerificationMode: 'remote',
    letter: { ...pilotIn('validated').letter, preferredLanguage: 'zh' },
  });

  it('puts language, region and mode matches first and explains each rank', () => {
    const ranked = rankVerifiers([profile('a'), profile('b', { languages: ['zh', 'en'] })], {
      pilot,
      previousPilots: [],
      workload: {},
    });

    expect(ranked.map((c) => c.verifierId)).toEqual(['b', 'a']);
    expect(ranked[0]?.reasons).toEqual([
      "speaks the city's language (zh)",
      'works in Europe',
      'offers remote verification as the city prefers',
      'no active assignment',
    ]);
    expect(ranked[0]?.why).toEqual([
      { code: 'language', value: 'zh' },
      { code: 'region', value: 'Europe' },
      { code: 'mode', value: 'remote' },
      { code: 'noLoad' },
    ]);
  });

  it('prefers the less busy of two equal verifiers', () => {
    const ranked = rankVerifiers([profile('a'), profile('b')], {
      pilot,
      previousPilots: [],
      workload: { a: 2 },
    });

    expect(ranked.map((c) => c.verifierId)).toEqual(['b', 'a']);
  });

  it('excludes declared conflicts, recusals, the previous cycle’s verifier and inactive verifiers, saying why', () => {
    const previous = { ...pilotIn('certified'), pilotId: 'pold', verifierId: 'previous' };
    const ranked = rankVerifiers(
      [
        profile('conflicted', { conflicts: [{ cityId: 'aurora', reason: 'former employee' }] }),
        profile('recused'),
        profile('previous'),
        profile('inactive', { active: false }),
        profile('eligible'),
      ],
      { pilot: { ...pilot, declinedVerifierIds: ['recused'] }, previousPilots: [previous], workload: {} },
    );

    expect(ranked[0]).toMatchObject({ verifierId: 'eligible', excluded: undefined });
    expect(Object.fromEntries(ranked.slice(1).map((c) => [c.verifierId, c.excluded]))).toEqual({
      conflicted: 'declared conflict of interest: former employee',
      recused: 'recused from this pilot',
      previous: "verified this city's previous cycle (pold)",
      inactive: 'inactive',
    });
  });
});
