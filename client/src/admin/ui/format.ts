// French formatting shared by the pages (no-break spaces where French typography wants them).
import { ApiError } from '../api.js';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

export function dateTime(iso: string | null | undefined, never = 'jamais'): string {
  return iso ? DATE_TIME.format(new Date(iso)) : never;
}

export function date(iso: string | Date): string {
  return DATE.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** « « texte » » with no-break spaces inside the guillemets. */
export function quoted(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

/** « 9 min 41 s », « 45 s », « 2 h 5 min ». */
export function duration(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}${NBSP}h${m > 0 ? ` ${m}${NBSP}min` : ''}`;
  return m > 0 ? `${m}${NBSP}min ${s}${NBSP}s` : `${s}${NBSP}s`;
}

export function errorMessage(failure: unknown, fallback = 'L’opération n’a pas abouti. Réessayez.'): string {
  return failure instanceof ApiError ? failure.message : fallback;
}

export const ROLE_LABELS = {
  counsellor: 'Conseiller·ère',
  editor: 'Rédacteur·rice',
  admin: 'Administrateur·rice',
} as const;
