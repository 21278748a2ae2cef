// Loads a pilot with its timeline and next steps, and keeps polling while an automated stage is running.
import { useEffect, useState } from 'react';
import type { PilotDetail } from '../../api/types.ts';
import { useApi } from '../../hooks/useApi.ts';

const POLL_MS = 700;

export function usePilotDetail(pilotId: string) {
  const resource = useApi<PilotDetail>(`/pilots/${pilotId}`);
  const { reload } = resource;
  /** After an upload nothing changes until S3 reports the object, so we watch for the next event. */
  const [changeAfter, setChangeAfter] = useState<number>();
  const pilot = resource.data?.pilot;
  const waitingForChange = changeAfter !== undefined && pilot !== undefined && pilot.version <= changeAfter;
  const busy = pilot?.pendingRun !== undefined || waitingForChange;

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [busy, reload]);

  useEffect(() => {
    if (!waitingForChange) setChangeAfter(undefined);
  }, [waitingForChange]);

  return { ...resource, busy, watchForChange: () => setChangeAfter(pilot?.version) };
}
