// The deadline part of the transition table: confirming the date in force, the secretariat's record of the
// agreement, requests for more time and the secretariat's answer, all within the extension cap.
import * as z from 'zod';
import { define, noPayload, reasonPayload, type StateContext } from './command-definition.ts';
import { extensionRefusal } from './deadlines.ts';
import { isoDate } from './events.ts';
import type { Pilot } from './pilot.ts';
import { activeStages } from './stages.ts';

const noDeadline = (pilot: Pilot) =>
  pilot.dueAt && pilot.dueKind ? undefined : 'The pilot has no deadline in its current stage';

/** The city asks for more time to submit; the verifier for more time to verify. */
const ownDeadline = ({ pilot, actor }: StateContext) => {
  const mine = actor.role === 'city' ? 'submission' : actor.role === 'verifier' ? 'verification' : undefined;
  return mine && pilot.dueKind !== mine ? `Only the ${pilot.dueKind} deadline runs now` : undefined;
};

const pendingRequest = (pilot: Pilot) => {
  const request = pilot.deadline?.request;
  if (!request) return { refusal: 'No extension request awaits an answer' };
  if (request.kind !== pilot.dueKind)
    return { refusal: `The ${request.kind} deadline it asked about has ended` };
  return { request };
};

export const deadlineCommands = {
  confirmDeadline: define({
    describe: 'confirm the deadline',
    actors: ['city', 'verifier'],
    from: activeStages,
    payload: noPayload,
    eventType: 'DeadlineConfirmed',
    precondition: ({ pilot, actor }) =>
      noDeadline(pilot) ??
      (pilot.deadline?.confirmations.some((c) => c.userId === actor.userId && c.dueAt === pilot.dueAt)
        ? 'You already confirmed this deadline'
        : undefined),
    data: ({ pilot }) => ({ dueAt: pilot.dueAt, kind: pilot.dueKind }),
  }),
  recordDeadlineAgreement: define({
    describe: 'record that the deadline was agreed',
    actors: ['secretariat'],
    from: activeStages,
    payload: reasonPayload,
    eventType: 'DeadlineAgreementRecorded',
    precondition: ({ pilot }) => noDeadline(pilot),
    data: ({ pilot, payload }) => ({ dueAt: pilot.dueAt, kind: pilot.dueKind, reason: payload.reason }),
  }),
  requestExtension: define({
    describe: 'request more time',
    actors: ['city', 'verifier'],
    from: activeStages,
    payload: z.strictObject({ dueAt: isoDate, reason: reasonPayload.shape.reason }),
    eventType: 'ExtensionRequested',
    precondition: (ctx) =>
      noDeadline(ctx.pilot) ??
      ownDeadline(ctx) ??
      (ctx.pilot.deadline?.request ? 'An earlier request still awaits the secretariat’s answer' : undefined),
    guard: ({ pilot, payload }) =>
      extensionRefusal(pilot.deadline, pilot.dueKind!, pilot.dueAt!, payload.dueAt),
    // The id derives from the event's sequence number, so it is unique and a re-decided command yields the same id.
    data: ({ pilot, payload }) => ({ ...payload, requestId: `x${pilot.version + 1}`, kind: pilot.dueKind }),
  }),
  grantExtension: define({
    describe: 'grant the requested extension',
    actors: ['secretariat'],
    from: activeStages,
    payload: reasonPayload,
    eventType: 'DeadlineExtended',
    precondition: ({ pilot }) => {
      const { request, refusal } = pendingRequest(pilot);
      return refusal ?? extensionRefusal(pilot.deadline, request!.kind, pilot.dueAt!, request!.dueAt);
    },
    data: ({ pilot, payload }) => {
      const request = pilot.deadline?.request;
      return {
        dueAt: request?.dueAt,
        reason: payload.reason,
        fromDueAt: pilot.dueAt,
        kind: pilot.dueKind,
        requestId: request?.requestId,
      };
    },
  }),
  declineExtension: define({
    describe: 'decline the requested extension',
    actors: ['secretariat'],
    from: activeStages,
    payload: reasonPayload,
    eventType: 'ExtensionDeclined',
    precondition: ({ pilot }) =>
      pilot.deadline?.request ? undefined : 'No extension request awaits an answer',
    data: ({ pilot, payload }) => ({ requestId: pilot.deadline?.request?.requestId, reason: payload.reason }),
  }),
  extendDeadline: define({
    describe: 'extend the deadline',
    actors: ['secretariat'],
    from: activeStages,
    payload: z.strictObject({ dueAt: isoDate, reason: reasonPayload.shape.reason }),
    eventType: 'DeadlineExtended',
    precondition: ({ pilot }) => noDeadline(pilot),
    guard: ({ pilot, payload }) =>
      extensionRefusal(pilot.deadline, pilot.dueKind!, pilot.dueAt!, payload.dueAt),
    data: ({ pilot, payload }) => ({ ...payload, fromDueAt: pilot.dueAt, kind: pilot.dueKind }),
  }),
};
