// The factsheet on request: the certified city asks for it, the secretariat produces it; its state for both.
import { ActionForm } from '../../../components/ActionForm.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { formatDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { ActionProps } from '../types.ts';

export function Factsheet({ detail, act, can }: ActionProps) {
  const { t, lang } = useI18n();
  const { factsheet } = detail.pilot;
  const requested = factsheet && (!factsheet.producedAt || factsheet.producedAt < factsheet.requestedAt);
  return (
    <Panel title={t.factsheet.title} className="factsheet">
      <p>{t.factsheet.body}</p>
      {factsheet?.producedAt && <p>{t.factsheet.produced(formatDate(factsheet.producedAt, lang))}</p>}
      {requested && <p role="status">{t.factsheet.requested(formatDate(factsheet.requestedAt, lang))}</p>}
      {can('requestFactsheet') && !requested && (
        <ActionForm submitLabel={t.factsheet.request} onSubmit={() => act('factsheet-request', {})} />
      )}
      {can('produceFactsheet') && requested && (
        <>
          <p>{t.factsheet.produceBody}</p>
          <ActionForm submitLabel={t.factsheet.produce} onSubmit={() => act('factsheet', {})} />
        </>
      )}
    </Panel>
  );
}
