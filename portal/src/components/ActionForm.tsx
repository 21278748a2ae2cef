// A form that runs one API action: disables itself while working and shows the error in the user's language.
import { type FormEvent, type ReactNode, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useConfirm } from './ConfirmDialog.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

interface Props {
  submitLabel: string;
  onSubmit: (data: FormData) => Promise<void>;
  children?: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
  label?: string;
  /** Empties the fields once the action succeeded, for forms that record one entry after another. */
  resetOnSuccess?: boolean;
  /** For an irreversible action: the question a confirmation dialog asks before anything is sent. */
  confirm?: string;
  /** With `confirm`, for an action that can be undone: how, said in place of "this cannot be undone". */
  undo?: string;
}

/** Reads a text field from the form data; empty strings count as absent. */
export const text = (data: FormData, name: string): string | undefined => {
  const value = data.get(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** The non-empty items of a text, split on new lines or, with `separator`, on another character. */
export const items = (value: string | undefined, separator: string | RegExp = '\n'): string[] =>
  (value ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

export function ActionForm({
  submitLabel,
  onSubmit,
  children,
  variant = 'primary',
  disabled,
  label,
  resetOnSuccess,
  confirm,
  undo,
}: Props) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [dialog, ask] = useConfirm();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    // The form's data is read before the dialog: a refused confirmation sends nothing.
    const data = new FormData(form);
    if (confirm && !(await ask(confirm, submitLabel, undo))) return;
    setPending(true);
    setError(undefined);
    try {
      await onSubmit(data);
      if (resetOnSuccess) form.reset();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="action-form" onSubmit={submit} aria-label={label} aria-busy={pending}>
      {children}
      {error && <ErrorNotice error={error} />}
      <button type="submit" className={`button button-${variant}`} disabled={pending || disabled}>
        {pending ? t.common.working : submitLabel}
      </button>
      {dialog}
    </form>
  );
}
