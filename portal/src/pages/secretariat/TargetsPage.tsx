// Secretariat: the versioned benchmark targets table; older versions read-only, the version in force editable
// into a draft that is published as the next version.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { TargetsTable as Table, TargetEntry, TargetsDiff } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TargetsTable } from './TargetsTable.tsx';

const changedCount = (d: TargetsDiff) => d.added.length + d.removed.length + d.changed.length;

interface PublishProps {
  current: Table;
  draft: ReadonlyMap<string, TargetEntry>;
  onPublished: (message: string) => Promise<void>;
}

function Publish({ current, draft, onPublished }: PublishProps) {
  const { t } = useI18n();
  const next = current.version + 1;
  const publish = async (data: FormData) => {
    const entries = current.entries.map((e) => draft.get(e.dataPointId) ?? e);
    const { table, changes } = await api<{ table: Table; changes: TargetsDiff }>('POST', '/targets', {
      note: text(data, 'note'),
      entries,
    });
    await onPublished(t.targets.published(table.version, changedCount(changes)));
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

const noDraft: ReadonlyMap<string, TargetEntry> = new Map();

function OlderVersion({ version }: { version: number }) {
  const resource = useApi<{ targets: Table }>(`/targets/${version}`);
  return (
    <Loaded resource={resource}>
      {({ targets }) => (
        <TargetsTable entries={targets.entries} draft={noDraft} editable={false} onChange={() => {}} />
      )}
    </Loaded>
  );
}

function Targets({
  current,
  onPublished,
}: {
  current: Table;
  onPublished: (message: string) => Promise<void>;
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
            <OlderVersion key={chosen} version={chosen} />
          </>
        )}
      </Panel>
      {inForce && <Publish current={current} draft={draft} onPublished={onPublished} />}
    </>
  );
}

export function TargetsPage() {
  const { t } = useI18n();
  const resource = useApi<{ targets: Table }>('/targets');
  const [published, setPublished] = useState('');
  // A new version remounts the table, which drops the draft it was made from.
  const onPublished = async (message: string) => {
    await resource.reload();
    setPublished(message);
  };
  return (
    <>
      <PageTitle text={t.targets.title} />
      <p role="status" className="notice-ok">
        {published}
      </p>
      <Loaded resource={resource}>
        {({ targets }) => <Targets key={targets.version} current={targets} onPublished={onPublished} />}
      </Loaded>
    </>
  );
}
