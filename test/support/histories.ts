// Pilot histories as real event logs, for tests that need a log rather than a view: the events that bring a new
// pilot to a stage, appended one minute apart through any pilot repository.
import type { NewEvent, PilotEvent } from '../../core/lifecycle/events.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { PilotRepository } from '../../core/use-cases/ports.ts';
import { letter, system } from './pilots.ts';

interface HistoryOptions {
  cityId?: string;
  verifierId?: string;
  /** The deadline data collection opens with. */
  dueAt?: string;
  /** What the letter of intent says otherwise than the fixture's. */
  letter?: Partial<typeof letter>;
}

const summary = { errors: 0, warnings: 0, reported: 132, notReported: 0 };

/** The way from a letter to verification, one stage at a time; each entry ends with no stage run pending. */
function path({
  cityId = 'aurora',
  verifierId = 'verifier',
  dueAt = '2026-09-01T00:00:00.000Z',
  letter: changed = {},
}: HistoryOptions) {
  return {
    loi_received: [
      { type: 'LetterOfIntentSubmitted', data: { cityId, letter: { ...letter, ...changed } } },
      { type: 'LetterOfIntentChecked', data: { checks: [] } },
    ],
    accepted: [{ type: 'LetterOfIntentAccepted', data: {} }],
    data_collection: [
      { type: 'TemplateIssued', data: { templateId: 't1', key: 'templates/t1.xlsx', catalogueVersion: '1' } },
      { type: 'DataCollectionOpened', data: { dueAt } },
    ],
    submitted: [
      { type: 'SubmissionReceived', data: { version: 1, uploadId: 'u1', key: 'submissions/v1', size: 9 } },
    ],
    validated: [
      {
        type: 'SubmissionValidated',
        data: { version: 1, summary, resultsKey: 'results/v001.json', changedDataPoints: [] },
      },
    ],
    verifier_assigned: [
      { type: 'VerifierAssigned', data: { verifierId, supervisorId: 'supervisor', mode: 'remote' } },
      { type: 'VerificationTaskSent', data: { verifierId } },
    ],
    in_verification: [
      {
        type: 'VerificationStarted',
        data: {
          dueAt: '2026-12-01T00:00:00.000Z',
          declaration: { noConflictOfInterest: true, statement: 'No ties with the city at all.' },
        },
      },
    ],
  } satisfies Record<string, NewEvent[]>;
}

type PathStage = keyof ReturnType<typeof path>;

/** The events that bring a new pilot to the stage, with no run pending (the accepted letter still awaits its template). */
export function historyTo(stage: PathStage, options: HistoryOptions = {}): NewEvent[] {
  const steps = Object.entries(path(options)) as [PathStage, NewEvent[]][];
  const end = steps.findIndex(([name]) => name === stage);
  return steps.slice(0, end + 1).flatMap(([, events]) => events);
}

const MINUTE = 60_000;

/** The event a writer holding `pilot` would append next (the first one when there is no pilot yet). */
export function nextEvent(
  pilotId: string,
  pilot: Pilot | undefined,
  event: NewEvent,
  at: string,
): PilotEvent {
  return { ...event, pilotId, seq: (pilot?.version ?? 0) + 1, at, actor: system } as PilotEvent;
}

/** Appends the events after whatever the pilot has, each a minute after the one before, starting at `start`. */
export async function record(
  pilots: PilotRepository,
  pilotId: string,
  events: readonly NewEvent[],
  start: string,
): Promise<Pilot> {
  let pilot = await pilots.load(pilotId);
  for (const [i, event] of events.entries()) {
    const at = new Date(Date.parse(start) + i * MINUTE).toISOString();
    pilot = await pilots.append(pilot, nextEvent(pilotId, pilot, event, at));
  }
  if (!pilot) throw new Error(`No events recorded for ${pilotId}`);
  return pilot;
}
