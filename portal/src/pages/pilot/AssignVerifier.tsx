// Secretariat: appoints a verifier from the ranked candidates, the staff member who supervises them, and the mode.
import type { Candidate } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';
import { Candidates } from './Candidates.tsx';
import { ModeField } from './ModeField.tsx';
import { StaffPicker } from './StaffPicker.tsx';
import type { ActionProps } from './types.ts';

export function AssignVerifier({ act, detail }: ActionProps) {
  const { t } = useI18n();
  const { pilot } = detail;
  const resource = useApi<{ candidates: Candidate[] }>(`/pilots/${pilot.pilotId}/candidates`);
  const assign = (data: FormData) =>
    act('verifier-assignment', {
      verifierId: text(data, 'verifierId'),
      supervisorId: text(data, 'supervisorId'),
      mode: text(data, 'mode'),
      overrideReason: text(data, 'overrideReason'),
    });
  return (
    <Panel title={t.assign.title}>
      <Loaded resource={resource}>
        {({ candidates }) => {
          // Ranked best first; excluded verifiers cannot be chosen, unless every one is excluded: then the secretariat
          // may appoint one who is not inactive, with a reason the appointment records.
          const eligible = candidates.filter((c) => !c.excluded);
          const overriding = eligible.length === 0;
          const choosable = overriding
            ? candidates.filter((c) => c.exclusion?.code !== 'inactive')
            : eligible;
          return (
            <>
              <Candidates candidates={candidates} />
              {choosable.length === 0 ? (
                <p>
                  {t.assign.noVerifiers} <Link href="/verifiers">{t.assign.register}</Link>
                </p>
              ) : (
                <ActionForm submitLabel={overriding ? t.override.submit : t.assign.submit} onSubmit={assign}>
                  {overriding && <p role="status">{t.override.allExcluded}</p>}
                  <SelectField
                    label={t.assign.verifier}
                    name="verifierId"
                    options={choosable.map((c, i) => ({
                      value: c.verifierId,
                      label: `${i + 1}. ${c.name} (${c.verifierId})${c.excluded ? `: ${c.excluded}` : ''}`,
                    }))}
                  />
                  <StaffPicker />
                  <ModeField label={t.assign.mode} defaultValue={pilot.preferredVerificationMode} />
                  {overriding && (
                    <TextField label={t.override.reason} name="overrideReason" required minLength={3} />
                  )}
                </ActionForm>
              )}
            </>
          );
        }}
      </Loaded>
      <p>
        <Link href="/verifiers">{t.assign.register}</Link>
      </p>
    </Panel>
  );
}
