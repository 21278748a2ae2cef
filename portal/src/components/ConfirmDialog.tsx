// An accessible confirmation before an irreversible or consequential action: a modal dialog that names the action,
// focuses Cancel first, closes on Escape, and resolves whether the person confirmed.
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface Pending {
  message: string;
  confirmLabel: string;
  /** How the action can be undone; absent, the dialog says that it cannot be. */
  undo?: string;
  resolve: (confirmed: boolean) => void;
}

/** Returns the dialog to render and `ask`, which opens it and resolves true only on explicit confirmation. */
export function useConfirm(): [
  ReactNode,
  (message: string, confirmLabel: string, undo?: string) => Promise<boolean>,
] {
  const [pending, setPending] = useState<Pending>();
  const ask = useCallback(
    (message: string, confirmLabel: string, undo?: string) =>
      new Promise<boolean>((resolve) => setPending({ message, confirmLabel, undo, resolve })),
    [],
  );
  const close = (confirmed: boolean) => {
    pending?.resolve(confirmed);
    setPending(undefined);
  };
  return [pending ? <ConfirmDialog key={pending.message} {...pending} onClose={close} /> : null, ask];
}

function ConfirmDialog({
  message,
  confirmLabel,
  undo,
  onClose,
}: Pending & { onClose: (confirmed: boolean) => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={titleId}>{t.confirm.title}</h2>
      <p id={bodyId}>
        {message} {undo ?? t.confirm.irreversible}
      </p>
      <div className="actions">
        <button
          ref={cancelRef}
          type="button"
          className="button button-secondary"
          onClick={() => onClose(false)}
        >
          {t.confirm.cancel}
        </button>
        <button type="button" className="button button-danger" onClick={() => onClose(true)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
