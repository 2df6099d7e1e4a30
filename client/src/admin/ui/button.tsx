import type { JSX } from 'preact';

export type ButtonVariant = 'principal' | 'secondaire' | 'danger' | 'lien';

export type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className'> & {
  variant?: ButtonVariant;
  /** Busy: disabled and announced, label kept so the button does not change size. */
  busy?: boolean;
};

/** The one button of the back-office; `type="button"` unless told otherwise. */
export function Button({
  variant = 'secondaire',
  busy = false,
  type = 'button',
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={`bouton bouton-${variant}`}
      disabled={Boolean(disabled) || busy}
      aria-busy={busy ? 'true' : undefined}
    />
  );
}
