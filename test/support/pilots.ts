// Test fixtures: actors, a letter of intent and pilots placed in any stage.
import type { Actor } from '../../core/actors.ts';
import type { LetterOfIntent } from '../../core/lifecycle/events.ts';
import { type Pilot, withheldPublication } from '../../core/lifecycle/pilot.ts';
import type { Stage } from '../../core/lifecycle/stages.ts';
import { CONFIDENTIALITY_UNDERTAKING, PARTICIPATION_TERMS } from '../../core/lifecycle/terms.ts';

export const secretariat: Actor = { userId: 'secretariat', role: 'secretariat', name: 'Amina' };
/** The staff member who supervises the verification of the pilots below. */
export const supervisor: Actor = { userId: 'supervisor', role: 'secretariat', name: 'Sam' };
export const verifier: Actor = { userId: 'verifier', role: 'verifier' };
export const otherVerifier: Actor = { userId: 'verifier2', role: 'verifier' };
export const city: Actor = { userId: 'aurora', role: 'city', cityId: 'aurora' };
export const otherCity: Actor = { userId: 'borealis', role: 'city', cityId: 'borealis' };
export const system: Actor = { userId: 'system', role: 'system' };

export const letter: LetterOfIntent = {
  cityName: 'Aurora',
  country: 'Utopia',
  region: 'Europe',
  vision: 'Aurora wants to become a data-driven, inclusive and low-carbon city by 2035.',
  contact: { name: 'Ms Focal', email: 'focal@aurora.example' },
  signatory: { name: 'Mayor Aurora', title: 'Mayor' },
  reviewedMethodology: true,
  preferredLanguage: 'en',
  initiatives: ['Open data portal'],
  termsAcceptance: { version: PARTICIPATION_TERMS.version, accepted: true, indexCommitment: true },
};

/** The confidentiality undertaking in force, signed, as a verifier's acceptance carries it. */
export const signedUndertaking = { version: CONFIDENTIALITY_UNDERTAKING.version, accepted: true as const };

/** A pilot in the given stage whose other fields satisfy every guard, so only the stage decides. */
export function pilotIn(stage: Stage, overrides: Partial<Pilot> = {}): Pilot {
  return {
    pilotId: 'paurora0001',
    cityId: 'aurora',
    cityName: 'Aurora',
    country: 'Utopia',
    stage,
    version: 5,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    letter,
    dueAt: '2026-07-01T00:00:00.000Z',
    dueKind: 'submission',
    verifierId: 'verifier',
    supervisorId: 'supervisor',
    submissions: [
      {
        version: 1,
        uploadId: 'u1',
        key: 'submissions/x',
        size: 10,
        receivedAt: '2026-02-01T00:00:00.000Z',
        status: 'validated',
        summary: { errors: 0, warnings: 0, reported: 120, notReported: 12 },
        resultsKey: 'r',
      },
    ],
    documents: [],
    declinedVerifierIds: [],
    publication: { ...withheldPublication },
    initiatives: [],
    lastFailure: { machine: 'reporting', error: 'Boom', cause: 'x', at: '2026-02-02T00:00:00.000Z' },
    remindersSent: [],
    recentCausations: [],
    ...overrides,
  };
}
