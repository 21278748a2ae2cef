// Downloads every pilot matching the board's filters, in its sort order, as the server writes it (CSV or Excel).
import { useState } from 'react';
import { type ApiError, asApiError, saveFile } from '../../api/client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** `query` is the board's own query string (sort and filters), so the file holds what the table pages through. */
export function BoardExport({ query }: { query: string }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const save = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(undefined);
    try {
      await saveFile(`/pilots/export?${query}&format=${format}&lang=${lang}`);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="board-export">
      <legend>{t.boardTools.export}</legend>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => save('csv')}>
        {t.boardTools.exportCsv}
      </button>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => save('xlsx')}>
        {t.boardTools.exportXlsx}
      </button>
      {busy && (
        <span role="status" className="muted">
          {t.boardTools.exporting}
        </span>
      )}
      {error && <ErrorNotice error={error} />}
    </fieldset>
  );
}
