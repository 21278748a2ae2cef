// Secretariat: how each consistency check grades a city's upload (a warning, an error that blocks it, or off), in
// force from the version it publishes after a confirmation.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ConfigurableCheck, ConfigurableSeverity, ValidationSeverities } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

type InForce = { severities: ValidationSeverities; checks: ConfigurableCheck[] };
const choices: ConfigurableSeverity[] = ['warning', 'error', 'off'];

export function ValidationSeveritiesPanel() {
  const resource = useApi<InForce>('/validation-severities');
  return (
    <Loaded resource={resource}>
      {(loaded) => (
        <SeveritiesForm key={loaded.severities.version} {...loaded} onPublished={resource.reload} />
      )}
    </Loaded>
  );
}

function SeveritiesForm({ severities, checks, onPublished }: InForce & { onPublished: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const s = t.readiness.severities;
  const [confirming, setConfirming] = useState(false);
  const current = new Map(severities.severities.map((entry) => [entry.rule, entry.severity]));
  const publish = async (data: FormData) => {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const chosen = checks.map((check) => ({
      rule: check.rule,
      severity: data.get(check.rule) as ConfigurableSeverity,
    }));
    await api('POST', '/validation-severities', {
      severities: chosen.filter((entry) => entry.severity !== 'warning'),
      note: text(data, 'note'),
    });
    await onPublished();
  };
  return (
    <Panel title={s.title} className="validation-severities">
      <p>{s.intro}</p>
      <p className="muted">
        {s.current(severities.version, severities.createdBy, formatDateTime(severities.createdAt, lang))}
      </p>
      <ActionForm submitLabel={confirming ? `${s.publish} ✓` : s.publish} onSubmit={publish}>
        {checks.map((check) => (
          <SelectField
            key={check.rule}
            label={check.title[lang]}
            hint={`${check.rule} · ${s.provenance[check.provenance]}`}
            name={check.rule}
            defaultValue={current.get(check.rule) ?? 'warning'}
            options={choices.map((choice) => ({ value: choice, label: s.choice[choice] }))}
          />
        ))}
        <TextArea label={s.note} name="note" rows={2} />
        {confirming && (
          <p role="alert" className="notice notice-warn">
            {s.confirm}
          </p>
        )}
      </ActionForm>
    </Panel>
  );
}
