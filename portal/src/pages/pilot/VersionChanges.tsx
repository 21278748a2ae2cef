// Data point by data point, what changed between two versions of the workbook (the API's diff of their results).
import { type FormEvent, useState } from 'react';
import type { Pilot } from '../../api/types.ts';
import { SelectField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { VersionChangeTable } from './VersionChangeTable.tsx';

export function VersionChanges({ pilot }: { pilot: Pilot }) {
  const { t } = useI18n();
  const versions = pilot.submissions.filter((s) => s.resultsKey).map((s) => s.version);
  const [compared, setCompared] = useState<{ from: number; to: number }>();
  if (versions.length < 2) return null;
  const options = versions.map((v) => ({ value: String(v), label: `v${v}` }));
  const compare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCompared({ from: Number(data.get('from')), to: Number(data.get('to')) });
  };
  return (
    <details className="subform">
      <summary>{t.changes.title}</summary>
      <form className="filters" onSubmit={compare} aria-label={t.changes.title}>
        <SelectField
          label={t.changes.from}
          name="from"
          defaultValue={String(versions.at(-2))}
          options={options}
        />
        <SelectField
          label={t.changes.to}
          name="to"
          defaultValue={String(versions.at(-1))}
          options={options}
        />
        <div className="field align-end">
          <button type="submit" className="button button-secondary">
            {t.changes.compare}
          </button>
        </div>
      </form>
      {compared && (
        <VersionChangeTable key={`${compared.from}-${compared.to}`} pilotId={pilot.pilotId} {...compared} />
      )}
    </details>
  );
}
