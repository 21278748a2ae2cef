// Loads the pilot's draft report and its review thread, again whenever the pilot records a new event.
import { useEffect, useRef } from 'react';
import type { DraftReport } from '../../../../../core/use-cases/draft-report.ts';
import { useApi } from '../../../hooks/useApi.ts';

export function useDraftReport(pilotId: string, pilotVersion: number) {
  const resource = useApi<DraftReport>(`/pilots/${pilotId}/draft-report`);
  const loadedFor = useRef(pilotVersion);
  const { reload } = resource;
  useEffect(() => {
    // A decision on the pilot (a comment, an answer) changes the draft or its thread.
    if (loadedFor.current === pilotVersion) return;
    loadedFor.current = pilotVersion;
    void reload();
  }, [pilotVersion, reload]);
  return resource;
}
