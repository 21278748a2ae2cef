// Rebuilds each query's thread (question, answers, resolution) from the pilot's event log.
import { actorName } from '../../../api/events.ts';
import type { PilotEvent } from '../../../api/types.ts';

export interface ThreadEntry {
  kind: 'question' | 'answer' | 'closed';
  seq: number;
  at: string;
  by: string;
  text: string;
  evidence?: { fileName: string; uploadId: string };
  version?: number;
}

function entryOf(event: PilotEvent): (ThreadEntry & { queryId: string }) | undefined {
  const base = { seq: event.seq, at: event.at, by: actorName(event) };
  switch (event.type) {
    case 'QueryRaised':
      return { ...base, queryId: event.data.queryId, kind: 'question', text: event.data.question };
    case 'QueryAnswered':
      return {
        ...base,
        queryId: event.data.queryId,
        kind: 'answer',
        text: event.data.text,
        evidence: event.data.evidence && {
          fileName: event.data.evidence.fileName,
          uploadId: event.data.evidence.uploadId,
        },
        version: event.data.submissionVersion,
      };
    case 'QueryClosed':
      return { ...base, queryId: event.data.queryId, kind: 'closed', text: event.data.resolution };
    default:
      return undefined;
  }
}

/** Thread entries per query id, oldest first. */
export function queryThreads(timeline: PilotEvent[]): Map<string, ThreadEntry[]> {
  const threads = new Map<string, ThreadEntry[]>();
  for (const event of timeline) {
    const entry = entryOf(event);
    if (entry) threads.set(entry.queryId, [...(threads.get(entry.queryId) ?? []), entry]);
  }
  return threads;
}
