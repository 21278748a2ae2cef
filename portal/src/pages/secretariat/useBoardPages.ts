// The board's pages: the first page of a query, and each next one appended on demand through the server's cursor.
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, api, asApiError } from '../../api/client.ts';
import type { BoardAnswer, PilotSummary } from '../../api/types.ts';

export interface BoardPages {
  pilots?: PilotSummary[];
  error?: ApiError;
  /** Present while the server has more pilots for this query. */
  loadMore?: () => Promise<void>;
  loading: boolean;
}

/** `query` is the list's query string without a cursor; a new query starts again from its first page. */
export function useBoardPages(query: string): BoardPages {
  const [pilots, setPilots] = useState<PilotSummary[]>();
  const [next, setNext] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  // A page that arrives after the query changed belongs to the old list and is dropped.
  const current = useRef(query);
  current.current = query;

  const fetchPage = useCallback(
    async (cursor: string | undefined, before: PilotSummary[]) => {
      setLoading(true);
      try {
        const suffix = cursor ? `${query ? '&' : ''}cursor=${encodeURIComponent(cursor)}` : '';
        const page = await api<BoardAnswer>('GET', `/pilots?${query}${suffix}`);
        if (current.current !== query) return;
        setPilots([...before, ...page.pilots]);
        setNext(page.nextCursor);
        setError(undefined);
      } catch (caught) {
        if (current.current === query) setError(asApiError(caught));
      } finally {
        setLoading(false);
      }
    },
    [query],
  );

  useEffect(() => {
    setPilots(undefined);
    setNext(undefined);
    void fetchPage(undefined, []);
  }, [fetchPage]);

  return {
    pilots,
    error,
    loading,
    ...(next && pilots ? { loadMore: () => fetchPage(next, pilots) } : {}),
  };
}
