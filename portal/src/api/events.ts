// Picks events of one type from a pilot's timeline, typed by that type.
import type { EventType, PilotEvent } from './types.ts';

export type EventOf<T extends EventType> = Extract<PilotEvent, { type: T }>;

export function eventsOf<T extends EventType>(timeline: PilotEvent[], type: T): EventOf<T>[] {
  return timeline.filter((event): event is EventOf<T> => event.type === type);
}

export const actorName = (event: PilotEvent) => event.actor.name ?? event.actor.userId;
