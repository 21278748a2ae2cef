// Secretariat: adds a target for a data point that has none to the draft of the next targets version.
import { type FormEvent, useState } from 'react';
import type { TargetEntry } from '../../api/types.ts';
import { CheckboxField, TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface Props {
  /** Data points that already have a target, in force or in the draft. */
  taken: ReadonlySet<string>;
  onAdd: (entry: TargetEntry) => void;
}

export function AddTarget({ taken, onAdd }: Props) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string>();
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const dataPointId = String(data.get('dataPointId') ?? '').trim();
    if (taken.has(dataPointId)) return setProblem(t.targets.exists(dataPointId));
    setProblem(undefined);
    onAdd({
      dataPointId,
      target: Number(data.get('target')),
      unit: String(data.get('unit') ?? '').trim(),
      source: String(data.get('source') ?? '').trim(),
      illustrative: data.get('illustrative') === 'on',
    });
    form.reset();
  };
  return (
    <Panel title={t.targets.addTitle}>
      <p className="muted">{t.targets.addBody}</p>
      <form className="action-form" onSubmit={add} aria-label={t.targets.addTitle}>
        <div className="grid-2">
          <TextField
            label={t.targets.dataPointId}
            hint={t.targets.dataPointHint}
            name="dataPointId"
            required
          />
          <TextField label={t.targets.target} name="target" type="number" min="0" step="any" required />
          <TextField label={t.targets.unit} name="unit" required />
          <TextField label={t.targets.source} name="source" required />
        </div>
        <CheckboxField label={t.targets.illustrative} name="illustrative" />
        {problem && (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button-secondary">
          {t.targets.addButton}
        </button>
      </form>
    </Panel>
  );
}
