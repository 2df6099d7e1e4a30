// Modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the page inert
// (focus trap), Escape closes it (`cancel`), and the focus goes back to what opened it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Button, type ButtonVariant } from './button.js';
import { FormError } from './field.js';
import { errorMessage } from './format.js';

export interface DialogProps {
  id: string;
  title: string;
  open: boolean;
  onClose: () => void;
  children: ComponentChildren;
}

export function Dialog({ id, title, open, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      id={id}
      class="dialogue"
      aria-labelledby={`${id}-titre`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClose={() => {
        const back = opener.current;
        opener.current = null;
        if (back?.isConnected) back.focus();
      }}
    >
      {open && (
        <>
          <h2 id={`${id}-titre`}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}

export interface ConfirmDialogProps {
  id: string;
  title: string;
  open: boolean;
  text: ComponentChildren;
  confirmLabel: string;
  variant?: ButtonVariant;
  onClose: () => void;
  /** Throws to keep the dialog open with the error shown. */
  onConfirm: () => Promise<void>;
}

/** « Annuler » has the focus first: a stray Enter never confirms a destructive action. */
export function ConfirmDialog({
  id,
  title,
  open,
  text,
  confirmLabel,
  variant = 'danger',
  onClose,
  onConfirm,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) setError(null);
  }, [open]);
  return (
    <Dialog id={id} title={title} open={open} onClose={onClose}>
      <div id={`${id}-texte`}>{text}</div>
      <FormError id={`${id}-erreur`} message={error} />
      <div class="actions">
        <Button autoFocus onClick={onClose}>
          Annuler
        </Button>
        <Button
          variant={variant}
          busy={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
              onClose();
            } catch (failure) {
              setError(errorMessage(failure));
            } finally {
              setBusy(false);
            }
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
