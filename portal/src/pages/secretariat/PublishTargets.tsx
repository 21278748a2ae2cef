// Secretariat: publishes the edited draft of the targets table as the next version, with a note.
import { api } from '../../api/client.ts';
import type { TargetsTable as Table, TargetEntry, TargetsDiff } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export interface Published {
  version: number;
  changed: number;
}

const changedCount = (d: TargetsDiff) => d.added.length + d.removed.length + d.changed.length;

interface Props {
  current: Table;
  draft: ReadonlyMap<string, TargetEntry>;
  onPublished: (published: Published) => Promise<void>;
}

export function PublishTargets({ current, draft, onPublished }: Props) {
  const { t } = useI18n();
  const next = current.version + 1;
  const publish = async (data: FormData) => {
    const entries = current.entries.map((e) => draft.get(e.dataPointId) ?? e);
    const { table, changes } = await api<{ table: Table; changes: TargetsDiff }>('POST', '/targets', {
      note: text(data, 'note'),
      entries,
    });
    await onPublished({ version: table.version, changed: changedCount(changes) });
  };
  return (
    <Panel title={t.targets.publishTitle}>
      <p>{t.targets.publishBody(draft.size, next)}</p>
      <ActionForm submitLabel={t.targets.publish(next)} onSubmit={publish} disabled={draft.size === 0}>
        <TextArea label={t.targets.note} name="note" rows={2} />
      </ActionForm>
    </Panel>
  );
}
