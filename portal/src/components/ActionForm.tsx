// A form that runs one API action: disables itself while working and shows the error in the user's language.
import { type FormEvent, type ReactNode, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

interface Props {
  submitLabel: string;
  onSubmit: (data: FormData) => Promise<void>;
  children?: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
  label?: string;
}

/** Reads a text field from the form data; empty strings count as absent. */
export const text = (data: FormData, name: string): string | undefined => {
  const value = data.get(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

export function ActionForm({ submitLabel, onSubmit, children, variant = 'primary', disabled, label }: Props) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await onSubmit(new FormData(event.currentTarget));
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
    </form>
  );
}
