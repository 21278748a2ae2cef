// The city's questions during data collection and its calls with the verifier and the secretariat: the city opens
// a thread about one KPI, the city and the secretariat reply and close it; the city proposes times for a call and
// the secretariat or the appointed verifier accepts one of them, or declines the call with a reason.
import * as z from 'zod';
import { mintedIdSchema } from '../ids.ts';
import { findKpi } from '../kpis/catalogue.ts';
import { kpiIdSchema } from '../kpis/schema.ts';
import {
  MAX_CALLS,
  MAX_CLARIFICATIONS,
  MAX_PROPOSED_TIMES,
  MAX_REPLIES_PER_CLARIFICATION,
} from './clarifications.ts';
import { type CommandContext, define, reasonPayload } from './command-definition.ts';
import { isoDate } from './events.ts';
import type { Pilot } from './pilot.ts';
import type { Stage } from './stages.ts';

/** Data collection, including a workbook that failed validation and is being corrected. */
const collectionStages: readonly Stage[] = ['data_collection', 'submitted', 'validation_failed', 'validated'];
/**
 * A call may help during collection and during verification, when the verifier is there to join it; a thread
 * opened during collection may be answered and closed until the verification ends too.
 */
const callStages: readonly Stage[] = [...collectionStages, 'verifier_assigned', 'in_verification'];

const threadOf = (pilot: Pilot, threadId: string) =>
  pilot.clarifications?.find((t) => t.threadId === threadId);
const openThread = ({ pilot, payload }: CommandContext<{ threadId: string }>) => {
  const thread = threadOf(pilot, payload.threadId);
  if (!thread) return `No clarification ${payload.threadId}`;
  return thread.status === 'closed' ? `Clarification ${payload.threadId} is closed` : undefined;
};
/** Preconditions, so that next steps offer a reply or an answer only when there is something to reply to. */
const anyOpenThread = ({ pilot }: { pilot: Pilot }) =>
  pilot.clarifications?.some((t) => t.status === 'open') ? undefined : 'No clarification is open';
const anyRequestedCall = ({ pilot }: { pilot: Pilot }) =>
  pilot.calls?.some((c) => c.status === 'requested') ? undefined : 'No call awaits an answer';
const requestedCall = (pilot: Pilot, callId: string) => {
  const call = pilot.calls?.find((c) => c.callId === callId);
  if (!call) return { refusal: `No call ${callId}` };
  return call.status === 'requested' ? { call } : { refusal: `Call ${callId} is ${call.status} already` };
};

export const clarificationCommands = {
  openClarification: define({
    describe: 'ask the secretariat about a KPI',
    actors: ['city'],
    from: collectionStages,
    payload: z.strictObject({ kpiId: kpiIdSchema, question: z.string().trim().min(5).max(5000) }),
    eventType: 'ClarificationOpened',
    guard: ({ pilot, payload }) => {
      if (!findKpi(payload.kpiId)) return `Unknown KPI ${payload.kpiId}`;
      const opened = pilot.clarifications?.length ?? 0;
      return opened >= MAX_CLARIFICATIONS
        ? `This pilot has ${opened} clarifications, the most it may have; continue in an open one or ask for a call`
        : undefined;
    },
    data: ({ pilot, payload }) => ({ ...payload, threadId: `k${pilot.version + 1}` }),
  }),
  replyToClarification: define({
    describe: 'reply in a clarification',
    actors: ['city', 'secretariat'],
    from: callStages,
    payload: z.strictObject({ threadId: mintedIdSchema, text: z.string().trim().min(2).max(5000) }),
    precondition: anyOpenThread,
    eventType: 'ClarificationReplied',
    guard: (ctx) => {
      const replies = threadOf(ctx.pilot, ctx.payload.threadId)?.replies ?? 0;
      return (
        openThread(ctx) ??
        (replies >= MAX_REPLIES_PER_CLARIFICATION
          ? `Clarification ${ctx.payload.threadId} has ${replies} replies, the most one may have; close it and open another`
          : undefined)
      );
    },
    data: ({ payload }) => payload,
  }),
  closeClarification: define({
    describe: 'close a clarification',
    actors: ['city', 'secretariat'],
    from: callStages,
    payload: z.strictObject({ threadId: mintedIdSchema, resolution: z.string().trim().min(3).max(2000) }),
    precondition: anyOpenThread,
    eventType: 'ClarificationClosed',
    guard: openThread,
    data: ({ payload }) => payload,
  }),
  requestCall: define({
    describe: 'ask for a call with the verifier and the secretariat',
    actors: ['city'],
    from: callStages,
    payload: z.strictObject({
      topic: z.string().trim().min(5).max(2000),
      proposedTimes: z
        .array(isoDate)
        .min(1, 'Propose at least one time')
        .max(MAX_PROPOSED_TIMES, `Propose at most ${MAX_PROPOSED_TIMES} times`),
    }),
    eventType: 'CallRequested',
    guard: ({ pilot, payload, now }) => {
      if (payload.proposedTimes.some((t) => Date.parse(t) <= now.getTime()))
        return 'Every proposed time must be in the future';
      if (new Set(payload.proposedTimes.map(Date.parse)).size < payload.proposedTimes.length)
        return 'Propose each time once';
      if (pilot.calls?.some((c) => c.status === 'requested'))
        return 'A requested call still awaits an answer';
      const calls = pilot.calls?.length ?? 0;
      return calls >= MAX_CALLS ? `This pilot has ${calls} calls, the most it may have` : undefined;
    },
    data: ({ pilot, payload }) => ({ ...payload, callId: `call${pilot.version + 1}` }),
  }),
  acceptCall: define({
    describe: 'accept a time for the requested call',
    actors: ['secretariat', 'verifier'],
    from: callStages,
    payload: z.strictObject({ callId: mintedIdSchema, time: isoDate }),
    precondition: anyRequestedCall,
    eventType: 'CallAnswered',
    guard: ({ pilot, payload }) => {
      const found = requestedCall(pilot, payload.callId);
      if ('refusal' in found) return found.refusal;
      const proposed = found.call.proposedTimes.some((t) => Date.parse(t) === Date.parse(payload.time));
      return proposed
        ? undefined
        : `Choose one of the proposed times: ${found.call.proposedTimes.join(', ')}`;
    },
    data: ({ payload }) => ({ ...payload, accepted: true }),
  }),
  declineCall: define({
    describe: 'decline the requested call',
    actors: ['secretariat', 'verifier'],
    from: callStages,
    payload: reasonPayload.extend({ callId: mintedIdSchema }),
    precondition: anyRequestedCall,
    eventType: 'CallAnswered',
    guard: ({ pilot, payload }) => {
      const found = requestedCall(pilot, payload.callId);
      return 'refusal' in found ? found.refusal : undefined;
    },
    data: ({ payload }) => ({ ...payload, accepted: false }),
  }),
};
