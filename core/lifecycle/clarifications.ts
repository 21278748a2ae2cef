// The city's channel during data collection: threads about one KPI with the secretariat, and calls with the
// verifier and the secretariat at one of the times the city proposed. The view keeps each thread's question and
// state and each call's times; the replies' text stays in the log. Each list is capped, so the view stays bounded.
import * as z from 'zod';
import { isoDate, type PilotEvent } from './events.ts';

/** Threads a pilot may open, replies one thread may have, calls a pilot may request, times one call may offer. */
export const MAX_CLARIFICATIONS = 40;
export const MAX_REPLIES_PER_CLARIFICATION = 30;
export const MAX_CALLS = 12;
export const MAX_PROPOSED_TIMES = 5;

export const clarificationViewSchema = z.object({
  threadId: z.string(),
  kpiId: z.string(),
  question: z.string(),
  userId: z.string(),
  openedAt: isoDate,
  status: z.enum(['open', 'closed']),
  replies: z.number().int().nonnegative(),
  /** Who is to answer next: the secretariat after the city wrote, the city after the secretariat did. */
  waitingOn: z.enum(['secretariat', 'city']),
  lastAt: isoDate,
  resolution: z.string().optional(),
});
export type ClarificationView = z.infer<typeof clarificationViewSchema>;

export const callViewSchema = z.object({
  callId: z.string(),
  topic: z.string(),
  proposedTimes: z.array(isoDate),
  userId: z.string(),
  requestedAt: isoDate,
  status: z.enum(['requested', 'scheduled', 'declined']),
  time: isoDate.optional(),
  answer: z
    .object({ userId: z.string(), role: z.string(), at: isoDate, reason: z.string().optional() })
    .optional(),
});
export type CallView = z.infer<typeof callViewSchema>;

type Lists = { clarifications?: ClarificationView[]; calls?: CallView[] };

const patchThread = (lists: Lists, threadId: string, patch: (t: ClarificationView) => ClarificationView) =>
  (lists.clarifications ?? []).map((t) => (t.threadId === threadId ? patch(t) : t));

/** Folds the clarification and call events; any other event leaves the lists as they are (the same arrays). */
export function foldClarifications(lists: Lists, event: PilotEvent): Lists {
  switch (event.type) {
    case 'ClarificationOpened': {
      const thread: ClarificationView = {
        ...event.data,
        userId: event.actor.userId,
        openedAt: event.at,
        status: 'open',
        replies: 0,
        waitingOn: 'secretariat',
        lastAt: event.at,
      };
      return { ...lists, clarifications: [...(lists.clarifications ?? []), thread] };
    }
    case 'ClarificationReplied':
      return {
        ...lists,
        clarifications: patchThread(lists, event.data.threadId, (t) => ({
          ...t,
          replies: t.replies + 1,
          waitingOn: event.actor.role === 'city' ? 'secretariat' : 'city',
          lastAt: event.at,
        })),
      };
    case 'ClarificationClosed':
      return {
        ...lists,
        clarifications: patchThread(lists, event.data.threadId, (t) => ({
          ...t,
          status: 'closed',
          resolution: event.data.resolution,
          lastAt: event.at,
        })),
      };
    case 'CallRequested': {
      const call: CallView = {
        ...event.data,
        userId: event.actor.userId,
        requestedAt: event.at,
        status: 'requested',
      };
      return { ...lists, calls: [...(lists.calls ?? []), call] };
    }
    case 'CallAnswered': {
      const { callId, accepted, time, reason } = event.data;
      const answer = { userId: event.actor.userId, role: event.actor.role, at: event.at, reason };
      return {
        ...lists,
        calls: (lists.calls ?? []).map((c) =>
          c.callId === callId ? { ...c, status: accepted ? 'scheduled' : 'declined', time, answer } : c,
        ),
      };
    }
    default:
      return lists;
  }
}
