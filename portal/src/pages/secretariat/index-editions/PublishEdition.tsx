// Publishes the reviewed draft, only once the secretariat confirms that a published edition can never change.
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { ActionForm } from '../../../components/ActionForm.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { IndexEditionRecord } from './types.ts';

interface Props {
  record: IndexEditionRecord;
  onPublished: () => Promise<void>;
}

export function PublishEdition({ record, onPublished }: Props) {
  const { t } = useI18n();
  const [confirmed, setConfirmed] = useState(false);
  const publish = async () => {
    // The draft is named by the composition reviewed here: a recomposition meanwhile is refused, not published.
    await api('POST', `/index/editions/${encodeURIComponent(record.editionId)}/publish`, {
      composedAt: record.composedAt,
    });
    await onPublished();
  };
  return (
    <Panel title={t.indexComposer.publishTitle(record.editionId)} className="danger-zone">
      <p>{t.indexComposer.publishBody}</p>
      <ActionForm
        submitLabel={t.indexComposer.publish(record.editionId)}
        variant="danger"
        onSubmit={publish}
        disabled={!confirmed}
      >
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
            {t.indexComposer.confirm(record.editionId)}
          </label>
        </div>
      </ActionForm>
    </Panel>
  );
}
