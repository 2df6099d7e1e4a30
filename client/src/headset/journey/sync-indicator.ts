// The status dot of the headset, labelled in words: online, sending N answers, or offline (the
// answers leave later). Visible text, not only a colour.
import { elWith } from '../../shared/dom.js';
import type { Outbox, OutboxState } from '../../shared/outbox.js';

function plural(count: number, word: string): string {
  return `${count}\u00a0${word}${count > 1 ? 's' : ''}`;
}

/** The words shown next to the dot. */
export function syncWords(state: OutboxState, online: boolean): string {
  if (state.pending > 0 && (state.lastError || !online))
    return 'Hors ligne\u00a0: vos réponses partiront plus tard';
  if (state.pending > 0) return `Envoi en cours\u00a0: ${plural(state.pending, 'réponse')}`;
  return online ? 'En ligne' : 'Hors ligne\u00a0: vos réponses partiront plus tard';
}

export function showSyncState(indicator: HTMLElement, state: OutboxState, online = navigator.onLine): void {
  const waiting = state.pending;
  let label =
    waiting === 0
      ? 'Synchronisation\u00a0: tout est envoyé'
      : `Synchronisation\u00a0: ${waiting}\u00a0événement${waiting > 1 ? 's' : ''} en attente`;
  if (state.rejected > 0) label += `, ${state.rejected}\u00a0refusé${state.rejected > 1 ? 's' : ''}`;
  if (waiting > 0 && state.lastError) label += ' (hors ligne, nouvel essai automatique)';
  indicator.setAttribute('aria-label', label);
  indicator.title = label;
  indicator.dataset.attente = String(waiting);
  indicator.dataset.etat =
    state.rejected > 0 ? 'refus' : waiting === 0 ? 'ok' : state.lastError ? 'erreur' : 'envoi';
  (indicator.querySelector('.nombre') as HTMLElement).textContent = waiting > 0 ? String(waiting) : '';
  (indicator.querySelector('.mots') as HTMLElement).textContent = syncWords(state, online);
}

export function bindSyncIndicator(outbox: Outbox, parent: HTMLElement): void {
  const indicator = elWith(
    'div',
    { id: 'synchro', class: 'synchro', role: 'img' },
    elWith('span', { class: 'point', 'aria-hidden': 'true' }),
    elWith('span', { class: 'nombre', 'aria-hidden': 'true' }),
    elWith('span', { class: 'mots', 'aria-hidden': 'true' }),
  );
  parent.append(indicator);
  let last: OutboxState | null = null;
  const show = () => last && showSyncState(indicator, last);
  outbox.subscribe((state) => {
    last = state;
    show();
  });
  window.addEventListener('online', show);
  window.addEventListener('offline', show);
}
