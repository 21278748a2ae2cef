// Calls the city asks for with the verifier and the secretariat: the city proposes up to five times, and the
// secretariat or the appointed verifier accepts one of them or declines the call.
import { MAX_PROPOSED_TIMES } from '../../../../core/lifecycle/clarifications.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ReasonForm } from './ReasonForm.tsx';
import type { ActionProps } from './types.ts';

const shown = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const slots = Array.from({ length: MAX_PROPOSED_TIMES }, (_, i) => i + 1);

export function CallsPanel({ detail, can, act }: ActionProps) {
  const { t } = useI18n();
  const m = t.calls;
  const calls = detail.pilot.calls ?? [];
  const waiting = calls.find((c) => c.status === 'requested');
  if (!calls.length && !can('requestCall')) return null;
  return (
    <Panel title={m.title}>
      {!calls.length && <p>{m.none}</p>}
      <ul>
        {calls.map((call) => (
          <li key={call.callId}>
            <strong>{m.status[call.status]}</strong>: {call.topic}
            {call.time ? ` (${m.at(shown(call.time))})` : ` (${call.proposedTimes.map(shown).join('; ')})`}
            {call.answer?.reason ? ` – ${call.answer.reason}` : ''}
          </li>
        ))}
      </ul>
      {waiting && can('acceptCall') && (
        <>
          <ActionForm
            submitLabel={m.accept}
            onSubmit={(data) =>
              act('call-answer', { decision: 'accept', callId: waiting.callId, time: text(data, 'time') })
            }
          >
            <SelectField
              label={m.choose}
              name="time"
              options={waiting.proposedTimes.map((time) => ({ value: time, label: shown(time) }))}
            />
          </ActionForm>
          <ReasonForm
            label={m.declineReason}
            submitLabel={m.decline}
            variant="danger"
            onSubmit={(reason) => act('call-answer', { decision: 'decline', callId: waiting.callId, reason })}
          />
        </>
      )}
      {!waiting && can('requestCall') && (
        <ActionForm
          submitLabel={m.request}
          variant="secondary"
          resetOnSuccess
          // The inputs give a local date and time; the API takes them as instants.
          onSubmit={(data) =>
            act('calls', {
              topic: text(data, 'topic'),
              proposedTimes: slots
                .map((n) => text(data, `time${n}`))
                .filter((v): v is string => v !== undefined)
                .map((v) => new Date(v).toISOString()),
            })
          }
        >
          <TextField label={m.topic} name="topic" required minLength={5} />
          <fieldset>
            <legend>{m.times}</legend>
            {slots.map((n) => (
              <TextField
                key={n}
                label={m.time(n)}
                name={`time${n}`}
                type="datetime-local"
                required={n === 1}
              />
            ))}
          </fieldset>
        </ActionForm>
      )}
    </Panel>
  );
}
