// Secretariat: appoints a registered verifier, the staff member who supervises them, and the verification mode.
import type { Verifier } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';
import type { ActionProps } from './types.ts';

export function AssignVerifier({ act }: ActionProps) {
  const { t } = useI18n();
  const resource = useApi<{ verifiers: Verifier[] }>('/verifiers');
  const assign = (data: FormData) =>
    act('verifier-assignment', {
      verifierId: text(data, 'verifierId'),
      supervisorId: text(data, 'supervisorId'),
      mode: text(data, 'mode'),
    });
  return (
    <Panel title={t.assign.title}>
      <Loaded resource={resource}>
        {({ verifiers }) => {
          const active = verifiers.filter((v) => v.active);
          if (active.length === 0)
            return (
              <p>
                {t.assign.noVerifiers} <Link href="/verifiers">{t.assign.register}</Link>
              </p>
            );
          return (
            <ActionForm submitLabel={t.assign.submit} onSubmit={assign}>
              <SelectField
                label={t.assign.verifier}
                name="verifierId"
                options={active.map((v) => ({ value: v.verifierId, label: `${v.name} (${v.verifierId})` }))}
              />
              <TextField label={t.assign.supervisor} name="supervisorId" required />
              <SelectField
                label={t.assign.mode}
                name="mode"
                options={[
                  { value: 'remote', label: t.pilot.modes.remote },
                  { value: 'onsite', label: t.pilot.modes.onsite },
                ]}
              />
            </ActionForm>
          );
        }}
      </Loaded>
      <p>
        <Link href="/verifiers">{t.assign.register}</Link>
      </p>
    </Panel>
  );
}
