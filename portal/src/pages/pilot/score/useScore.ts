// Loads the score the reporting stage stored with the report, from the API (the browser needs no storage access).
import { useEffect, useState } from 'react';
import { type ApiError, api, asApiError } from '../../../api/client.ts';
import type { Pilot, ScoreResult } from '../../../api/types.ts';

export function useScore(pilot: Pilot): { score?: ScoreResult; error?: ApiError } {
  // The key changes when a new report is issued, which is when the score must be read again.
  const key = pilot.documents.findLast((doc) => doc.kind === 'score')?.key;
  const [score, setScore] = useState<ScoreResult>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    if (!key) return;
    let current = true;
    api<ScoreResult>('GET', `/pilots/${pilot.pilotId}/score`)
      .then((loaded) => current && setScore(loaded))
      .catch((caught) => current && setError(asApiError(caught)));
    return () => {
      current = false;
    };
  }, [pilot.pilotId, key]);
  return { score, error };
}
