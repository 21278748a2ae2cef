// A pilot's timeline a page at a time: the newest events that fit a byte budget, and a cursor to the older ones.
import * as z from 'zod';
import { type EventType, eventDataSchemas, type PilotEvent } from '../lifecycle/events.ts';
import type { EventsPage } from './ports.ts';

/**
 * One event may hold up to 300 KB (a review batch, core/use-cases/run-command.ts), and a pilot may have hundreds:
 * a page stops before this much JSON, so the pilot's page stays far under Lambda's 6 MB response limit.
 */
export const TIMELINE_PAGE_BYTES = 1_000_000;

export interface TimelinePage {
  /** Oldest first, as the log holds them. */
  timeline: PilotEvent[];
  /** Set when older events were left out: pass it as `before` for the page before this one. */
  olderBefore?: number;
}

/** What `PilotRepository.eventsPage` reads, taken from a whole log (the stand-in store's way, and the contract's). */
export function pageOfEvents(
  events: readonly PilotEvent[],
  before: number | undefined,
  budget: number,
): EventsPage {
  const older = before === undefined ? events : events.filter((event) => event.seq < before);
  let start = older.length;
  let bytes = 0;
  while (start > 0) {
    const size = eventBytes(older[start - 1]!);
    if (start < older.length && bytes + size > budget) break;
    bytes += size;
    start -= 1;
  }
  return { events: older.slice(start), ...(start > 0 ? { olderBefore: older[start]!.seq } : {}) };
}

export const eventBytes = (event: PilotEvent) => Buffer.byteLength(JSON.stringify(event));

const eventTypeSchema = z.enum(Object.keys(eventDataSchemas) as [EventType, ...EventType[]]);

export const timelineRequestSchema = z.strictObject({
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/, 'Give `before` as the event number the last page named')
    .transform(Number)
    .optional(),
  /** One event type, or several separated by commas (a query's thread is three). */
  type: z
    .string()
    .max(2000)
    .transform((text) => text.split(','))
    .pipe(z.array(eventTypeSchema).min(1))
    .optional(),
});
export type TimelineRequest = z.output<typeof timelineRequestSchema>;
