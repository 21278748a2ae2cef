// The targets table in force with its draft edits and the publish form, or an earlier version read-only.
import { useState } from 'react';
import type { TargetsTable as Table, TargetEntry } from '../../api/types.ts';
import { SelectField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
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
  const [draft, setDraft] = useState(new Map<string, TargetEntry>());
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
            entries={current.entries}
            draft={draft}
            editable
            onChange={(entry) => setDraft(new Map(draft).set(entry.dataPointId, entry))}
          />
        ) : (
          <>
            <p className="muted">{t.targets.olderReadOnly}</p>
            <OlderTargets key={chosen} version={chosen} />
          </>
        )}
      </Panel>
      {inForce && <PublishTargets current={current} draft={draft} onPublished={onPublished} />}
    </>
  );
}
