// A consequential action behind a disclosure: it asks for a reason, and stays closed until someone opens it.
import { ReasonForm } from './ReasonForm.tsx';

interface Props {
  title: string;
  body?: string;
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<void>;
}

export function DangerAction({ title, body, label, submitLabel, onSubmit }: Props) {
  return (
    <details className="danger-zone">
      <summary>{title}</summary>
      {body && <p>{body}</p>}
      <ReasonForm label={label} submitLabel={submitLabel} variant="danger" onSubmit={onSubmit} />
    </details>
  );
}
