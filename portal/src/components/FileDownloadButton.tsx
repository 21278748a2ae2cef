// A button that reads as a link and downloads a stored file through the API's short-lived link, showing any error.
import { useState } from 'react';
import { type ApiError, asApiError, download } from '../api/client.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

/** path: the API route that answers { url } for the file. */
export function FileDownloadButton({ path, label }: { path: string; label: string }) {
  const [error, setError] = useState<ApiError>();
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setError(undefined);
          download(path).catch((e) => setError(asApiError(e)));
        }}
      >
        {label}
      </button>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
