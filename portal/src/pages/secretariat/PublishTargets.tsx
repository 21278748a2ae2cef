// Secretariat: publishes the draft of the targets table (edits, additions, removals) as the next version, with a note.
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
  removed: ReadonlySet<string>;
  onPublished: (published: Published) => Promise<void>;
}

export function PublishTargets({ current, draft, removed, onPublished }: Props) {
  const { t } = useI18n();
  const next = current.version + 1;
  const changes = draft.size + removed.size;
  const publish = async (data: FormData) => {
    const inCurrent = new Set(current.entries.map((e) => e.dataPointId));
    const entries = [
      ...current.entries.filter((e) => !removed.has(e.dataPointId)).map((e) => draft.get(e.dataPointId) ?? e),
      ...[...draft.values()].filter((e) => !inCurrent.has(e.dataPointId)),
    ];
    const { table, changes } = await api<{ table: Table; changes: TargetsDiff }>('POST', '/targets', {
      note: text(data, 'note'),
      entries,
    });
    await onPublished({ version: table.version, changed: changedCount(changes) });
  };
  return (
    <Panel title={t.targets.publishTitle}>
      <p>{t.targets.publishBody(changes, next)}</p>
      <ActionForm submitLabel={t.targets.publish(next)} onSubmit={publish} disabled={changes === 0}>
        <TextArea label={t.targets.note} name="note" rows={2} />
      </ActionForm>
    </Panel>
  );
}
