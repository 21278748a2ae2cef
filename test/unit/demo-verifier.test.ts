// The demo appoints the best-ranked demo verifier the rotation rule allows, so a second run on the same data appoints
// the other one instead of failing; when none is allowed it says why, and the rule itself is never bypassed.
import { describe, expect, it } from 'vitest';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import { rankVerifiers } from '../../core/verification/ranking.ts';
import type { Verifier } from '../../core/verification/verifier.ts';
import { eligibleDemoVerifier } from '../../scripts/lib/demo-verifier.ts';
import { pilotIn } from '../support/pilots.ts';

const registered = (verifierId: string, name: string, extra: Partial<Verifier> = {}): Verifier => ({
  verifierId,
  name,
  email: `${verifierId}@u4ssc.local`,
  languages: ['en', 'zh'],
  regions: ['Europe', 'Asia'],
  modes: ['onsite', 'remote'],
  accreditation: '',
  conflicts: [],
  active: true,
  ...extra,
});
const verifiers = [registered('verifier', 'Li Verifier'), registered('verifier2', 'Rosa Verifier')];
const current = pilotIn('validated', { pilotId: 'paurora0002', verifierId: undefined });
const cycle = (pilotId: string, verifierId: string, createdAt: string): Pilot =>
  pilotIn('certified', { pilotId, verifierId, createdAt });

describe('the verifier the demo appoints', () => {
  it('is Li Verifier on a first run, when the city has no earlier cycle', () => {
    const ranking = rankVerifiers(verifiers, { pilot: current, previousPilots: [], workload: {} });

    expect(eligibleDemoVerifier(ranking)).toBe('verifier');
  });

  it("is the other demo verifier when Li verified the city's previous cycle", () => {
    const previousPilots = [cycle('paurora0001', 'verifier', '2026-01-01T00:00:00.000Z')];
    const ranking = rankVerifiers(verifiers, { pilot: current, previousPilots, workload: {} });

    expect(eligibleDemoVerifier(ranking)).toBe('verifier2');
  });

  it('goes back to Li on a third run, when Rosa verified the latest cycle', () => {
    const previousPilots = [
      cycle('paurora0001', 'verifier', '2026-01-01T00:00:00.000Z'),
      cycle('paurora0002', 'verifier2', '2026-02-01T00:00:00.000Z'),
    ];
    const pilot = { ...current, pilotId: 'paurora0003' };
    const ranking = rankVerifiers(verifiers, { pilot, previousPilots, workload: {} });

    expect(eligibleDemoVerifier(ranking)).toBe('verifier');
  });

  it('refuses, naming the reasons, when no demo verifier is eligible', () => {
    const barred = [
      registered('verifier', 'Li Verifier', { active: false }),
      registered('verifier2', 'Rosa Verifier', {
        conflicts: [{ cityId: 'aurora', reason: 'advised the city' }],
      }),
      registered('other', 'Not a demo user'),
    ];
    const ranking = rankVerifiers(barred, { pilot: current, previousPilots: [], workload: {} });

    expect(() => eligibleDemoVerifier(ranking)).toThrow(
      /Li Verifier: inactive; Rosa Verifier: declared conflict of interest: advised the city/,
    );
  });
});
