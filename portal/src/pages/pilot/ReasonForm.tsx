// A form whose only field is a reason: declining, returning and withdrawing all ask for one.
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextArea } from '../../components/fields.tsx';

interface Props {
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<void>;
  variant?: 'secondary' | 'danger';
  /** The question to confirm before an irreversible action is sent. */
  confirm?: string;
  /** With `confirm`, how the action can be undone. */
  undo?: string;
}

export function ReasonForm({ label, submitLabel, onSubmit, variant = 'secondary', confirm, undo }: Props) {
  return (
    <ActionForm
      submitLabel={submitLabel}
      variant={variant}
      confirm={confirm}
      undo={undo}
      onSubmit={(data) => onSubmit(text(data, 'reason') ?? '')}
    >
      <TextArea label={label} name="reason" required minLength={3} rows={2} />
    </ActionForm>
  );
}
