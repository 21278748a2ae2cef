// Every event of some types in a pilot's log, even those older than the page the pilot's detail brought.
import { useEffect, useState } from 'react';
import { api, asApiError } from '../../api/client.ts';
import type { EventType, PilotDetail, PilotEvent } from '../../api/types.ts';

interface TimelinePage {
  timeline: PilotEvent[];
  olderBefore?: number;
}

export interface EventsOf {
  /** Oldest first, each once. */
  events: PilotEvent[];
  /** Set while older pages are still being read, or when reading them failed. */
  loadingOlder: boolean;
  error?: string;
}

/**
 * The detail's own events of these types, and, when the detail left older events out, those read page by page from
 * the timeline filtered to the types: a long verification keeps every query thread and interview whole.
 */
export function useEventsOf(detail: PilotDetail, types: readonly EventType[]): EventsOf {
  const { pilot, olderBefore, timeline } = detail;
  const filter = types.join(',');
  const [older, setOlder] = useState<{ events: PilotEvent[]; loading: boolean; error?: string }>({
    events: [],
    loading: olderBefore !== undefined,
  });
  useEffect(() => {
    if (olderBefore === undefined) {
      setOlder({ events: [], loading: false });
      return;
    }
    let cancelled = false;
    setOlder((current) => ({ ...current, loading: true }));
    (async () => {
      const found: PilotEvent[] = [];
      let before: number | undefined = olderBefore;
      while (before !== undefined && !cancelled) {
        const path = `/pilots/${encodeURIComponent(pilot.pilotId)}/timeline?type=${filter}&before=${before}`;
        const page: TimelinePage = await api<TimelinePage>('GET', path);
        found.unshift(...page.timeline);
        before = page.olderBefore;
      }
      if (!cancelled) setOlder({ events: found, loading: false });
    })().catch((caught) => {
      if (!cancelled) setOlder({ events: [], loading: false, error: asApiError(caught).message });
    });
    return () => {
      cancelled = true;
    };
  }, [pilot.pilotId, olderBefore, filter]);
  const wanted = new Set<string>(types);
  const bySeq = new Map(
    [...older.events, ...timeline.filter((event) => wanted.has(event.type))].map((event) => [
      event.seq,
      event,
    ]),
  );
  return {
    events: [...bySeq.values()].sort((a, b) => a.seq - b.seq),
    loadingOlder: older.loading,
    ...(older.error ? { error: older.error } : {}),
  };
}
