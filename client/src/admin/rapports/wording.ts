// How the reports page writes its figures (French typography, statistical secrecy).
import type { ReportResponse } from '../api.js';
import { NBSP, NNBSP } from '../ui/format.js';

export type Count = ReportResponse['participants'];

/** « < 5 » for 1 to 4, « s » for a count hidden to protect another one. */
export function countText(count: Count): string {
  if (count === '<5') return `<${NBSP}5`;
  if (count === 's') return 's';
  return count.toLocaleString('fr-FR');
}

/** The accessible name of a hidden count. */
export function countTitle(count: Count): string | undefined {
  if (count === '<5') return 'moins de 5 (secret statistique)';
  if (count === 's') return 'masqué (secret statistique secondaire)';
  return undefined;
}

export function rateText(rate: number | null): string {
  return rate === null
    ? 's'
    : `${(rate * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}${NNBSP}%`;
}

export function numberText(value: number | null, unit = ''): string {
  if (value === null) return 's';
  const text = value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  return unit ? `${text}${NBSP}${unit}` : text;
}

export function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' }).format(new Date(y, m - 1, 1));
}

/** The current month and the one 11 months before, `YYYY-MM` (local time). */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  const at = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  return { from: at(new Date(now.getFullYear(), now.getMonth() - 11, 1)), to: at(now) };
}
