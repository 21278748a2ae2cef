// Secretariat: moves the pilot's current deadline later, with a reason kept in the timeline.
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ActionProps } from './types.ts';

const day = (iso: string) => iso.slice(0, 10);
const nextDay = (iso: string) => day(new Date(Date.parse(iso) + 86_400_000).toISOString());

export function DeadlineForm({ detail, act }: ActionProps) {
  const { t } = useI18n();
  const dueAt = detail.pilot.dueAt ?? new Date().toISOString();
  // The date input gives a day; the deadline is the end of that day in UTC.
  const extend = (data: FormData) =>
    act('deadline', { dueAt: `${text(data, 'dueDate')}T23:59:59Z`, reason: text(data, 'reason') });
  return (
    <Panel title={t.deadline.title}>
      <ActionForm submitLabel={t.deadline.submit} variant="secondary" onSubmit={extend}>
        <TextField
          label={t.deadline.date}
          name="dueDate"
          type="date"
          min={nextDay(dueAt)}
          defaultValue={nextDay(dueAt)}
          required
        />
        <TextField label={t.deadline.reason} name="reason" required minLength={3} />
      </ActionForm>
    </Panel>
  );
}
