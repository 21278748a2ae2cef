// A consequential action behind a disclosure: it asks for a reason, stays closed until someone opens it, and asks
// for confirmation before it is sent.
import { ReasonForm } from './ReasonForm.tsx';

interface Props {
  title: string;
  body?: string;
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<void>;
  confirm: string;
}

export function DangerAction({ title, body, label, submitLabel, onSubmit, confirm }: Props) {
  return (
    <details className="danger-zone">
      <summary>{title}</summary>
      {body && <p>{body}</p>}
      <ReasonForm
        label={label}
        submitLabel={submitLabel}
        variant="danger"
        onSubmit={onSubmit}
        confirm={confirm}
      />
    </details>
  );
}
