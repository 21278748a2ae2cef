// Loads the score the reporting stage stored with the report (a JSON document of the pilot) through its download link.
import { useEffect, useState } from 'react';
import { type ApiError, api, asApiError } from '../../../api/client.ts';
import type { Pilot, ScoreResult } from '../../../api/types.ts';

export function useScore(pilot: Pilot): { score?: ScoreResult; error?: ApiError } {
  const key = pilot.documents.findLast((doc) => doc.kind === 'score')?.key;
  const [score, setScore] = useState<ScoreResult>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    if (!key) return;
    let current = true;
    api<{ url: string }>('GET', `/pilots/${pilot.pilotId}/documents?key=${encodeURIComponent(key)}`)
      .then(async ({ url }) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return (await response.json()) as ScoreResult;
      })
      .then((loaded) => current && setScore(loaded))
      .catch((caught) => current && setError(asApiError(caught)));
    return () => {
      current = false;
    };
  }, [pilot.pilotId, key]);
  return { score, error };
}
