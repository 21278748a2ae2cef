// The verification mode: the city chooses on-site or remote before the appointment, the appointment uses that
// choice, and afterwards a change is proposed by the city or the secretariat and takes effect only when the other
// side accepts it, so the mode never changes silently.
import * as z from 'zod';
import { define, reasonPayload, type StateContext } from './command-definition.ts';
import { eventDataSchemas } from './events.ts';
import type { Stage } from './stages.ts';

const beforeAppointment: readonly Stage[] = [
  'data_collection',
  'submitted',
  'validation_failed',
  'validated',
];
const appointed: readonly Stage[] = ['verifier_assigned', 'in_verification'];

/** The answer must come from the side that did not propose the change. */
const answerable = ({ pilot, actor }: StateContext) => {
  const proposal = pilot.modeChange;
  if (!proposal) return 'No change of verification mode awaits an answer';
  return proposal.role === actor.role
    ? 'The other side answers a proposed change, not the side that proposed it'
    : undefined;
};

export const modeCommands = {
  chooseVerificationMode: define({
    describe: 'choose on-site or remote verification',
    actors: ['city'],
    from: beforeAppointment,
    payload: eventDataSchemas.VerificationModeChosen.strict(),
    eventType: 'VerificationModeChosen',
    data: ({ payload }) => payload,
  }),
  proposeModeChange: define({
    describe: 'propose a change of verification mode',
    actors: ['city', 'secretariat'],
    from: appointed,
    payload: z.strictObject({ mode: z.enum(['onsite', 'remote']), reason: reasonPayload.shape.reason }),
    eventType: 'ModeChangeProposed',
    precondition: ({ pilot }) =>
      pilot.modeChange ? 'A proposed change of mode still awaits an answer' : undefined,
    guard: ({ pilot, payload }) =>
      payload.mode === pilot.verificationMode ? `The verification is ${payload.mode} already` : undefined,
    data: ({ payload }) => payload,
  }),
  acceptModeChange: define({
    describe: 'accept the proposed change of verification mode',
    actors: ['city', 'secretariat'],
    from: appointed,
    payload: z.strictObject({ reason: reasonPayload.shape.reason.optional() }),
    eventType: 'ModeChangeAnswered',
    precondition: answerable,
    data: ({ pilot, payload }) => ({ mode: pilot.modeChange?.mode, accepted: true, ...payload }),
  }),
  declineModeChange: define({
    describe: 'decline the proposed change of verification mode',
    actors: ['city', 'secretariat'],
    from: appointed,
    payload: reasonPayload,
    eventType: 'ModeChangeAnswered',
    precondition: answerable,
    data: ({ pilot, payload }) => ({ mode: pilot.modeChange?.mode, accepted: false, ...payload }),
  }),
};
