// The supervising staff member, chosen from the active members of the secretariat's staff directory.
import type { StaffDirectory } from '../../../../core/verification/staff-directory.ts';
import { SelectField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function StaffPicker() {
  const { t } = useI18n();
  const resource = useApi<{ staff: StaffDirectory }>('/staff');
  return (
    <Loaded resource={resource}>
      {({ staff }) => {
        const active = staff.members.filter((m) => m.active);
        return active.length === 0 ? (
          <p>{t.staffPicker.empty}</p>
        ) : (
          <SelectField
            label={t.staffPicker.label}
            name="supervisorId"
            options={active.map((m) => ({ value: m.userId, label: `${m.name} (${m.userId})` }))}
          />
        );
      }}
    </Loaded>
  );
}
