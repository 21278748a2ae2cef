// What the city and the verification team agree or keep between them once a verifier is appointed: a change of the
// verification mode (one side proposes, the other answers), the supervisor (secretariat) and internal notes (team).
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextArea, TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useActor } from '../../session.tsx';
import { ModeField } from './ModeField.tsx';
import { ReasonForm } from './ReasonForm.tsx';
import { StaffPicker } from './StaffPicker.tsx';
import type { ActionProps } from './types.ts';

function ModeChange({ detail, can, act }: ActionProps) {
  const { t } = useI18n();
  const actor = useActor();
  const m = t.modeChange;
  const proposal = detail.pilot.modeChange;
  if (!can('proposeModeChange') && !can('acceptModeChange')) return null;
  const mine = proposal?.role === actor.role;
  return (
    <Panel title={m.title}>
      {proposal ? (
        <>
          <p role="status">{m.pending(t.pilot.modes[proposal.mode], proposal.reason)}</p>
          {mine ? (
            <p>{m.waiting}</p>
          ) : (
            <>
              <ActionForm
                submitLabel={m.accept}
                onSubmit={() => act('mode-change-answer', { decision: 'accept' })}
              />
              <ReasonForm
                label={m.declineReason}
                submitLabel={m.decline}
                onSubmit={(reason) => act('mode-change-answer', { decision: 'decline', reason })}
              />
            </>
          )}
        </>
      ) : (
        <ActionForm
          submitLabel={m.propose}
          variant="secondary"
          onSubmit={(data) => act('mode-change', { mode: text(data, 'mode'), reason: text(data, 'reason') })}
        >
          <ModeField
            label={m.mode}
            defaultValue={detail.pilot.verificationMode === 'onsite' ? 'remote' : 'onsite'}
          />
          <TextField label={m.reason} name="reason" required minLength={3} />
        </ActionForm>
      )}
    </Panel>
  );
}

export function TeamPanel(props: ActionProps) {
  const { t } = useI18n();
  const { can, act } = props;
  return (
    <>
      <ModeChange {...props} />
      {can('changeSupervisor') && (
        <Panel title={t.supervisorChange.title}>
          <ActionForm
            submitLabel={t.supervisorChange.submit}
            variant="secondary"
            onSubmit={(data) =>
              act('supervisor', { supervisorId: text(data, 'supervisorId'), reason: text(data, 'reason') })
            }
          >
            <StaffPicker />
            <TextField label={t.supervisorChange.reason} name="reason" required minLength={3} />
          </ActionForm>
        </Panel>
      )}
      {can('addInternalNote') && (
        <Panel title={t.internalNotes.title}>
          <p className="muted">{t.internalNotes.hint}</p>
          <ActionForm
            submitLabel={t.internalNotes.submit}
            variant="secondary"
            resetOnSuccess
            onSubmit={(data) => act('internal-notes', { text: text(data, 'text') })}
          >
            <TextArea label={t.internalNotes.text} name="text" required minLength={3} rows={3} />
          </ActionForm>
        </Panel>
      )}
    </>
  );
}
