// What the API answers, as schemas: the OpenAPI document is generated from them. The pilot the API shows is its own
// type, narrower than the stored projection, so bookkeeping the store keeps (causation ids, reminders) stays inside.
import * as z from 'zod';
import { type Actor, actorSchema } from '../core/actors.ts';
import { type PilotEvent, pilotEventSchema } from '../core/lifecycle/events.ts';
import { type NextStep, nextStepSchema, type Waiting, waitingSchema } from '../core/lifecycle/orientation.ts';
import { type Pilot, pilotSchema } from '../core/lifecycle/pilot.ts';
import { visiblePilotView } from '../core/lifecycle/visibility.ts';

export const pilotViewSchema = pilotSchema.omit({ recentCausations: true, remindersSent: true }).meta({
  id: 'Pilot',
  description: 'A pilot as the API shows it: stage, dates, people, submissions, documents.',
});
export type PilotView = z.infer<typeof pilotViewSchema>;

/**
 * Drops what only the store needs (explicit, so that a new stored field is not published by accident) and what the
 * reader's role may not read (core/lifecycle/visibility.ts).
 */
export function toPilotView(pilot: Pilot, reader: Actor): PilotView {
  const {
    recentCausations: _causations,
    remindersSent: _reminders,
    ...view
  } = visiblePilotView(reader, pilot);
  if (!view.verification) return view;
  // A pilot may hold 660 queries of 5,000 characters: the view names each by its opening words, and the query's
  // thread (its events) carries the whole question, so the pilot's page stays under Lambda's response limit.
  const queries = view.verification.queries.map((query) => ({
    ...query,
    question: shortened(query.question, QUESTION_PREVIEW_CHARS),
  }));
  return { ...view, verification: { ...view.verification, queries } };
}

const QUESTION_PREVIEW_CHARS = 300;
const shortened = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 1)}…`;

export const pilotEventView = pilotEventSchema.meta({ id: 'PilotEvent' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const pilotResponse = z.object({ pilot: pilotViewSchema });
export const decisionResponse = z.object({
  pilot: pilotViewSchema,
  /** True when the decision repeated the last one recorded (a double click): nothing new was written. */
  repeated: z.boolean(),
});
export const pilotDetailResponse = z.object({
  pilot: pilotViewSchema,
  timeline: z.array(pilotEventView),
  /** Set when older events were left out of this page: `GET /pilots/:id/timeline?before=` reads them. */
  olderBefore: z.number().int().positive().optional(),
  waiting: waitingSchema.meta({ id: 'Waiting', description: 'Whom the pilot waits on, and by when.' }),
  nextSteps: z.array(nextStepSchema),
});
export const timelineResponse = z.object({
  timeline: z.array(pilotEventView),
  olderBefore: z.number().int().positive().optional(),
});
/** Written out rather than inferred: an event keeps its data typed by its type, which inference would lose. */
export interface PilotDetailView {
  pilot: PilotView;
  timeline: PilotEvent[];
  olderBefore?: number;
  waiting: Waiting;
  nextSteps: NextStep[];
}
export const linkResponse = z.object({ url: z.string() });
export const meResponse = z.object({ actor: actorSchema });
