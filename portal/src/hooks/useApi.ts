// Loads one API resource and reloads it on demand; the error is kept so the page can explain it.
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, api, asApiError } from '../api/client.ts';

export interface Resource<T> {
  data?: T;
  error?: ApiError;
  reload: () => Promise<void>;
}

export function useApi<T>(path: string | undefined): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const reload = useCallback(async () => {
    if (!path) return;
    try {
      setData(await api<T>('GET', path));
      setError(undefined);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [path]);
  useEffect(() => {
    setData(undefined);
    void reload();
  }, [reload]);
  return { data, error, reload };
}
