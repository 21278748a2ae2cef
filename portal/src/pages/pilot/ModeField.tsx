// A select of the verification modes (remote or on site), named `mode` in its form.
import { SelectField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function ModeField({ label, defaultValue }: { label: string; defaultValue?: 'onsite' | 'remote' }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={label}
      name="mode"
      defaultValue={defaultValue ?? 'remote'}
      options={[
        { value: 'remote', label: t.pilot.modes.remote },
        { value: 'onsite', label: t.pilot.modes.onsite },
      ]}
    />
  );
}
