// The deadline in force, for every role: whether it is agreed and by whom, how much of the extension cap is used,
// a pending request for more time; the city and verifier confirm or ask, the secretariat records or answers.
import { deadlineAgreement, EXTENSION_CAP_DAYS, extendedDays } from '../../../../core/lifecycle/deadlines.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ReasonForm } from './ReasonForm.tsx';
import type { ActionProps } from './types.ts';

const day = (iso: string) => iso.slice(0, 10);
const nextDay = (iso: string) => day(new Date(Date.parse(iso) + 86_400_000).toISOString());

export function DeadlinePanel({ detail, can, act }: ActionProps) {
  const { t } = useI18n();
  const m = t.agreedDeadline;
  const { pilot } = detail;
  if (!pilot.dueAt || !pilot.dueKind) return null;
  const { agreed, confirmedBy } = deadlineAgreement(pilot);
  const used = Math.round(extendedDays(pilot.deadline, pilot.dueKind));
  const request = pilot.deadline?.request;
  return (
    <Panel title={m.title}>
      <p>
        {m.due(day(pilot.dueAt), m.kinds[pilot.dueKind] ?? pilot.dueKind)}{' '}
        {agreed
          ? m.agreed
          : m.notAgreed(confirmedBy.map((role) => t.roles[role as 'city'] ?? role).join(', '))}
      </p>
      {used > 0 && <p>{m.extended(used, EXTENSION_CAP_DAYS)}</p>}
      {request && <p role="status">{m.pending(day(request.dueAt), request.reason)}</p>}
      {can('confirmDeadline') && !agreed && (
        <ActionForm
          submitLabel={m.confirm}
          variant="secondary"
          onSubmit={() => act('deadline-confirmation', {})}
        />
      )}
      {can('recordDeadlineAgreement') && !agreed && (
        <ReasonForm
          label={m.recordAgreement}
          submitLabel={m.record}
          onSubmit={(reason) => act('deadline-agreement', { reason })}
        />
      )}
      {can('requestExtension') && !request && (
        <ActionForm
          label={m.requestTitle}
          submitLabel={m.request}
          variant="secondary"
          // The date input gives a day; the deadline is the end of that day in UTC.
          onSubmit={(data) =>
            act('extension-request', {
              dueAt: `${text(data, 'dueDate')}T23:59:59Z`,
              reason: text(data, 'reason'),
            })
          }
        >
          <TextField label={m.requestDate} name="dueDate" type="date" min={nextDay(pilot.dueAt)} required />
          <TextField label={m.requestReason} name="reason" required minLength={3} />
        </ActionForm>
      )}
      {can('grantExtension') && request && (
        <>
          <ReasonForm
            label={m.answerReason}
            submitLabel={m.grant}
            onSubmit={(reason) => act('extension-decision', { decision: 'grant', reason })}
          />
          <ReasonForm
            label={m.answerReason}
            submitLabel={m.decline}
            variant="danger"
            onSubmit={(reason) => act('extension-decision', { decision: 'decline', reason })}
          />
        </>
      )}
    </Panel>
  );
}
