// A form whose only field is a reason: declining, returning and withdrawing all ask for one.
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextArea } from '../../components/fields.tsx';

interface Props {
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<void>;
  variant?: 'secondary' | 'danger';
}

export function ReasonForm({ label, submitLabel, onSubmit, variant = 'secondary' }: Props) {
  return (
    <ActionForm
      submitLabel={submitLabel}
      variant={variant}
      onSubmit={(data) => onSubmit(text(data, 'reason') ?? '')}
    >
      <TextArea label={label} name="reason" required minLength={3} rows={2} />
    </ActionForm>
  );
}
