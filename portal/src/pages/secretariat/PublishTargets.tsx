// Secretariat: publishes the draft of the targets table (edits, additions, removals) as the next version, with a note.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { TargetsTable as Table, TargetEntry, TargetsDiff } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export interface Published {
  version: number;
  changed: number;
}

const changedCount = (d: TargetsDiff) =>
  d.added.length + d.removed.length + d.changed.length + (d.illustrativeTargets ? 1 : 0);

type IllustrativeUse = NonNullable<Table['illustrativeTargets']>;
const uses: IllustrativeUse[] = ['score', 'unbenchmarked'];

interface Props {
  current: Table;
  draft: ReadonlyMap<string, TargetEntry>;
  removed: ReadonlySet<string>;
  onPublished: (published: Published) => Promise<void>;
}

export function PublishTargets({ current, draft, removed, onPublished }: Props) {
  const { t } = useI18n();
  const next = current.version + 1;
  const inForce = current.illustrativeTargets ?? 'score';
  const [use, setUse] = useState<IllustrativeUse>(inForce);
  const changes = draft.size + removed.size + (use === inForce ? 0 : 1);
  const publish = async (data: FormData) => {
    const inCurrent = new Set(current.entries.map((e) => e.dataPointId));
    const entries = [
      ...current.entries.filter((e) => !removed.has(e.dataPointId)).map((e) => draft.get(e.dataPointId) ?? e),
      ...[...draft.values()].filter((e) => !inCurrent.has(e.dataPointId)),
    ];
    const { table, changes } = await api<{ table: Table; changes: TargetsDiff }>('POST', '/targets', {
      note: text(data, 'note'),
      illustrativeTargets: use,
      entries,
    });
    await onPublished({ version: table.version, changed: changedCount(changes) });
  };
  return (
    <Panel title={t.targets.publishTitle}>
      <p>{t.targets.publishBody(changes, next)}</p>
      <ActionForm submitLabel={t.targets.publish(next)} onSubmit={publish} disabled={changes === 0}>
        <SelectField
          label={t.targets.use}
          hint={t.targets.useHint}
          value={use}
          onChange={(e) => setUse(uses.find((u) => u === e.target.value) ?? 'score')}
          options={uses.map((value) => ({ value, label: t.targets.uses[value] }))}
        />
        <TextArea label={t.targets.note} name="note" rows={2} />
      </ActionForm>
    </Panel>
  );
}
