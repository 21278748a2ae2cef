// One entry of the targets table: read, or edited in place (target, source, illustrative label).
import { useEffect, useRef } from 'react';
import { unitIn } from '../../../../core/kpis/units.ts';
import type { TargetEntry } from '../../api/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface Props {
  entry: TargetEntry;
  /** How the draft changes this entry, if it does. */
  state?: 'edited' | 'added' | 'removed';
  editing: boolean;
  editable: boolean;
  onEdit: () => void;
  onDone: () => void;
  onChange: (entry: TargetEntry) => void;
  onToggleRemoved: () => void;
}

export function TargetRow({
  entry,
  state,
  editing,
  editable,
  onEdit,
  onDone,
  onChange,
  onToggleRemoved,
}: Props) {
  const { t, lang } = useI18n();
  const id = entry.dataPointId;
  const set = (patch: Partial<TargetEntry>) => onChange({ ...entry, ...patch });
  const targetRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Editing moves the focus to the target; Done brings it back to the row's button.
  useEffect(() => {
    if (editing) targetRef.current?.focus();
    else if (wasEditing.current) buttonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <tr data-id={id} data-draft={state}>
      <th scope="row">
        <code>{id}</code>{' '}
        {state && (
          <span className={`badge badge-${state === 'removed' ? 'bad' : 'info'}`}>
            {{ edited: t.targets.changed, added: t.targets.added, removed: t.targets.removed }[state]}
          </span>
        )}
      </th>
      <td className="num">
        {editing ? (
          <input
            ref={targetRef}
            type="number"
            min="0"
            step="any"
            required
            aria-label={`${t.targets.target} ${id}`}
            value={entry.target}
            onChange={(e) => set({ target: Number(e.target.value) })}
          />
        ) : (
          formatNumber(entry.target, lang)
        )}
      </td>
      <td>{unitIn(entry.unit, lang)}</td>
      <td>
        {editing ? (
          <input
            aria-label={`${t.targets.source} ${id}`}
            value={entry.source}
            onChange={(e) => set({ source: e.target.value })}
          />
        ) : (
          entry.source
        )}
      </td>
      <td>
        {editing ? (
          <label className="inline-check">
            <input
              type="checkbox"
              checked={entry.illustrative}
              onChange={(e) => set({ illustrative: e.target.checked })}
            />{' '}
            {t.targets.illustrative}
          </label>
        ) : (
          <span className={`badge badge-${entry.illustrative ? 'warn' : 'good'}`}>
            {entry.illustrative ? t.targets.illustrative : t.targets.sourced}
          </span>
        )}
      </td>
      {editable && (
        <td>
          <button
            ref={buttonRef}
            type="button"
            className="button button-small button-secondary"
            aria-label={editing ? undefined : t.targets.edit(id)}
            onClick={editing ? onDone : onEdit}
          >
            {editing ? t.targets.done : t.targets.editButton}
          </button>
        </td>
      )}
      {editable && (
        <td>
          <button
            type="button"
            className="button button-small button-secondary"
            aria-label={state === 'removed' ? t.targets.restore(id) : t.targets.remove(id)}
            onClick={onToggleRemoved}
            disabled={editing}
          >
            {state === 'removed' ? t.targets.restoreButton : t.targets.removeButton}
          </button>
        </td>
      )}
    </tr>
  );
}
