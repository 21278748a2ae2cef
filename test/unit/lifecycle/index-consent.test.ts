// The city's consent to be named in the index: anonymous until it says otherwise, kept when a later choice omits it.
import { describe, expect, it } from 'vitest';
import type { PilotEvent } from '../../../core/lifecycle/events.ts';
import { applyEvent, type Pilot, pilotSchema } from '../../../core/lifecycle/pilot.ts';
import { city, pilotIn } from '../../support/pilots.ts';

const consent = (pilot: Pilot, data: Extract<PilotEvent, { type: 'PublicationConsentChanged' }>['data']) =>
  applyEvent(pilot, {
    pilotId: pilot.pilotId,
    seq: pilot.version + 1,
    at: '2027-01-01T00:00:00.000Z',
    actor: city,
    type: 'PublicationConsentChanged',
    data,
  });

describe('consent to be named in the index', () => {
  it('reads a view stored before the choice existed as anonymous', () => {
    const stored = { ...pilotIn('certified'), publication: { report: 'publish', snapshot: 'withhold' } };

    expect(pilotSchema.parse(stored).publication.index).toBe('anonymous');
  });

  it('records the choice, and keeps it when a later change of the documents does not mention it', () => {
    const named = consent(pilotIn('certified'), { report: 'withhold', snapshot: 'withhold', index: 'named' });

    const later = consent(named, { report: 'publish', snapshot: 'withhold' });

    expect(named.publication.index).toBe('named');
    expect(later.publication).toEqual({
      report: 'publish',
      snapshot: 'withhold',
      index: 'named',
      factsheet: 'withhold',
      caseStudies: 'withhold',
    });
  });
});
