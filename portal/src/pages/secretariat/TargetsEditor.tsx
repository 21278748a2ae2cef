// The targets table in force with its draft (edits, additions, removals) and the publish form, or an earlier
// version read-only.
import { useState } from 'react';
import type { TargetsTable as Table, TargetEntry } from '../../api/types.ts';
import { SelectField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AddTarget } from './AddTarget.tsx';
import { OlderTargets } from './OlderTargets.tsx';
import { type Published, PublishTargets } from './PublishTargets.tsx';
import { TargetsTable } from './TargetsTable.tsx';

export function TargetsEditor({
  current,
  onPublished,
}: {
  current: Table;
  onPublished: (published: Published) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState(current.version);
  // Edited and added entries by data point; removed data points separately, so a removal can be undone.
  const [draft, setDraft] = useState(new Map<string, TargetEntry>());
  const [removed, setRemoved] = useState(new Set<string>());
  const inCurrent = new Set(current.entries.map((e) => e.dataPointId));
  const added = [...draft.values()].filter((e) => !inCurrent.has(e.dataPointId));
  const toggleRemoved = (id: string) => {
    if (!inCurrent.has(id)) {
      const next = new Map(draft);
      next.delete(id);
      return setDraft(next);
    }
    const next = new Set(removed);
    if (!next.delete(id)) next.add(id);
    setRemoved(next);
  };
  const versions = Array.from({ length: current.version }, (_, i) => current.version - i);
  const inForce = chosen === current.version;
  return (
    <>
      <Panel
        title={t.targets.meta(current.version, formatDateTime(current.createdAt, lang), current.createdBy)}
      >
        {current.note && <p>{current.note}</p>}
        <SelectField
          label={t.targets.choose}
          value={String(chosen)}
          onChange={(e) => setChosen(Number(e.target.value))}
          options={versions.map((v) => ({
            value: String(v),
            label:
              v === current.version ? `${t.targets.version(v)} (${t.targets.current})` : t.targets.version(v),
          }))}
        />
        {inForce ? (
          <TargetsTable
            entries={[...current.entries, ...added]}
            draft={draft}
            added={new Set(added.map((e) => e.dataPointId))}
            removed={removed}
            editable
            onChange={(entry) => setDraft(new Map(draft).set(entry.dataPointId, entry))}
            onToggleRemoved={toggleRemoved}
          />
        ) : (
          <>
            <p className="muted">{t.targets.olderReadOnly}</p>
            <OlderTargets key={chosen} version={chosen} />
          </>
        )}
      </Panel>
      {inForce && (
        <>
          <AddTarget
            taken={new Set([...inCurrent, ...draft.keys()])}
            onAdd={(entry) => setDraft(new Map(draft).set(entry.dataPointId, entry))}
          />
          <PublishTargets current={current} draft={draft} removed={removed} onPublished={onPublished} />
        </>
      )}
    </>
  );
}
