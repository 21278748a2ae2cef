// Secretariat: the programme's rules — certification readiness and the consistency checks' severities — each
// published as a new version after a confirmation, with the reason kept in the audit trail.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ReadinessRule, ReadinessRules } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ValidationSeveritiesPanel } from './ValidationSeveritiesPanel.tsx';

type Kind = ReadinessRule['kind'];
const ruleOf = <K extends Kind>(rules: ReadinessRules, kind: K) =>
  rules.rules.find((r): r is Extract<ReadinessRule, { kind: K }> => r.kind === kind);

export function ReadinessRulesPage() {
  const { t } = useI18n();
  const resource = useApi<{ rules: ReadinessRules }>('/readiness-rules');
  const [published, setPublished] = useState<number>();
  const onPublished = async (version: number) => {
    await resource.reload();
    setPublished(version);
  };
  return (
    <>
      <PageTitle text={t.readiness.rulesPage.title} />
      <p>{t.readiness.rulesPage.intro}</p>
      <p role="status" className="notice-ok">
        {published ? t.readiness.rulesPage.published(published) : ''}
      </p>
      <Loaded resource={resource}>
        {({ rules }) => <RulesForm key={rules.version} current={rules} onPublished={onPublished} />}
      </Loaded>
      <ValidationSeveritiesPanel />
    </>
  );
}

/** The form's fields as the next version's rules; the two required rules are always kept. */
function rulesFrom(data: FormData): ReadinessRule[] {
  const scope = (['all', 'core'] as const).find((option) => option === data.get('explained'));
  return [
    { kind: 'reported_data_points', min: Number(data.get('minReported')) },
    ...(data.get('coreShare') !== ''
      ? [{ kind: 'core_kpis_verified_per_dimension' as const, minShare: Number(data.get('coreShare')) / 100 }]
      : []),
    ...(scope ? [{ kind: 'unreported_explained' as const, scope }] : []),
    ...(data.get('noOpenQuery') === 'on' ? [{ kind: 'no_open_query' as const }] : []),
    { kind: 'conclusion_approved' },
  ];
}

function RulesForm({
  current,
  onPublished,
}: {
  current: ReadinessRules;
  onPublished: (v: number) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const p = t.readiness.rulesPage;
  const [confirming, setConfirming] = useState(false);
  const share = ruleOf(current, 'core_kpis_verified_per_dimension');
  const publish = async (data: FormData) => {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const { rules } = await api<{ rules: ReadinessRules }>('POST', '/readiness-rules', {
      rules: rulesFrom(data),
      note: text(data, 'note'),
    });
    await onPublished(rules.version);
  };
  return (
    <Panel title={p.current(current.version, current.createdBy, formatDateTime(current.createdAt, lang))}>
      {current.note && <p className="muted">{current.note}</p>}
      <ActionForm submitLabel={confirming ? `${p.publish} ✓` : p.publish} onSubmit={publish}>
        <TextField
          label={p.minReported}
          hint={p.required}
          name="minReported"
          type="number"
          min={1}
          required
          defaultValue={ruleOf(current, 'reported_data_points')?.min ?? 1}
        />
        <TextField
          label={p.coreShare}
          name="coreShare"
          type="number"
          min={0}
          max={100}
          step={1}
          defaultValue={share ? Math.round(share.minShare * 100) : ''}
        />
        <SelectField
          label={p.explained}
          name="explained"
          defaultValue={ruleOf(current, 'unreported_explained')?.scope ?? ''}
          options={[
            { value: 'all', label: p.explainedAll },
            { value: 'core', label: p.explainedCore },
            { value: '', label: '—' },
          ]}
        />
        <div className="field checkbox">
          <label>
            <input type="checkbox" name="noOpenQuery" defaultChecked={!!ruleOf(current, 'no_open_query')} />{' '}
            {p.noOpenQuery}
          </label>
        </div>
        <p className="muted">✓ {p.conclusionRequired}</p>
        <TextArea label={p.note} name="note" rows={2} />
        {confirming && (
          <p role="alert" className="notice notice-warn">
            {p.confirm}
          </p>
        )}
      </ActionForm>
    </Panel>
  );
}
