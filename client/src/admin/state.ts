// Shared state of the back-office as signals: who is signed in, the message shown on the sign-in
// page, and the toasts. Components read `.value` and re-render on change; no store library.
import { computed, signal } from '@preact/signals';
import type { Role, StaffUser } from './api.js';

export const user = signal<StaffUser | null>(null);
export const csrfToken = signal<string | null>(null);
/** Shown above the sign-in form (expired session, signed out…). */
export const signInNotice = signal<string>('');
/** False until the first `/auth/me` answered: avoids flashing the sign-in form on reload. */
export const sessionChecked = signal(false);

export const role = computed<Role | null>(() => user.value?.role ?? null);

// Not the session (that is the HttpOnly cookie): only a hint that one may exist, so that a
// visitor who never signed in on this browser is not answered 401 by `/auth/me` on every load.
const HINT_KEY = 'eclore.personnel.connecte';

export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true;
  }
}

function rememberSession(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage refused (private mode): `/auth/me` is then always asked.
  }
}

export function signedIn(next: StaffUser, csrf: string): void {
  rememberSession(true);
  user.value = next;
  csrfToken.value = csrf;
  signInNotice.value = '';
}

/** The server refused the session (expired, revoked, account deactivated): back to sign-in. */
export function sessionEnded(message: string): void {
  rememberSession(false);
  if (user.value === null) return;
  user.value = null;
  csrfToken.value = null;
  signInNotice.value = message;
  // Keep the page the person was on, except for pages that need no session.
  if (!location.hash.startsWith('#/invitation/')) location.hash = '#/connexion';
}

export function signedOut(message: string): void {
  rememberSession(false);
  user.value = null;
  csrfToken.value = null;
  signInNotice.value = message;
}

export interface Toast {
  id: number;
  text: string;
  kind: 'succes' | 'erreur';
}
export const toasts = signal<Toast[]>([]);
let nextToast = 1;

export function toast(text: string, kind: Toast['kind'] = 'succes'): void {
  const id = nextToast++;
  // Two at most: a pile of toasts would cover the page's buttons.
  toasts.value = [...toasts.value.slice(-1), { id, text, kind }];
  setTimeout(() => {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }, 6000);
}
