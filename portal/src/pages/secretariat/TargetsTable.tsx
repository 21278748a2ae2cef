// The targets of one version as a searchable table; rows of the version in force can be edited into a draft.
import { useState } from 'react';
import type { TargetEntry } from '../../api/types.ts';
import { CheckboxField, TextField } from '../../components/fields.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TargetRow } from './TargetRow.tsx';

interface Props {
  entries: TargetEntry[];
  draft: ReadonlyMap<string, TargetEntry>;
  added?: ReadonlySet<string>;
  removed?: ReadonlySet<string>;
  editable: boolean;
  onChange: (entry: TargetEntry) => void;
  onToggleRemoved?: (dataPointId: string) => void;
}

export function TargetsTable({ entries, draft, added, removed, editable, onChange, onToggleRemoved }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [onlyNeedSource, setOnlyNeedSource] = useState(false);
  const [editing, setEditing] = useState<string>();
  const needle = search.trim().toLowerCase();
  const current = entries.map((entry) => draft.get(entry.dataPointId) ?? entry);
  const needSource = current.filter((e) => e.illustrative).length;
  const shown = current
    .filter((e) => !onlyNeedSource || e.illustrative)
    .filter((e) => !needle || `${e.dataPointId} ${e.source}`.toLowerCase().includes(needle));
  const columns = [
    t.targets.dataPoint,
    { label: t.targets.target, numeric: true as const },
    t.targets.unit,
    t.targets.source,
    t.targets.label,
  ];
  return (
    <>
      {needSource > 0 && (
        <p className="notice notice-warn">{t.targets.needSource(needSource, entries.length)}</p>
      )}
      <CheckboxField
        label={t.targets.onlyNeedSource}
        checked={onlyNeedSource}
        onChange={(e) => setOnlyNeedSource(e.target.checked)}
      />
      <TextField
        label={t.targets.filter}
        type="search"
        placeholder={t.targets.filterHint}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p role="status" className="muted">
        {t.targets.shown(shown.length, entries.length)}
      </p>
      <div className="table-wrap tall">
        <table className="targets">
          <caption className="visually-hidden">{t.targets.title}</caption>
          <TableHead
            columns={
              editable
                ? [
                    ...columns,
                    <span key="edit" className="visually-hidden">
                      {t.targets.editButton}
                    </span>,
                    <span key="remove" className="visually-hidden">
                      {t.targets.removeButton}
                    </span>,
                  ]
                : columns
            }
          />
          <tbody>
            {shown.map((entry) => (
              <TargetRow
                key={entry.dataPointId}
                entry={entry}
                state={
                  removed?.has(entry.dataPointId)
                    ? 'removed'
                    : added?.has(entry.dataPointId)
                      ? 'added'
                      : draft.has(entry.dataPointId)
                        ? 'edited'
                        : undefined
                }
                editing={editing === entry.dataPointId}
                editable={editable}
                onEdit={() => setEditing(entry.dataPointId)}
                onDone={() => setEditing(undefined)}
                onChange={onChange}
                onToggleRemoved={() => onToggleRemoved?.(entry.dataPointId)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
