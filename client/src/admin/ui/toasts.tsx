import { toasts } from '../state.js';

/** Always in the page (empty) so that screen readers announce what is added to it. */
export function Toasts() {
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.value.map((t) => (
        <p key={t.id} class={`toast toast-${t.kind}`}>
          {t.text}
        </p>
      ))}
    </div>
  );
}
