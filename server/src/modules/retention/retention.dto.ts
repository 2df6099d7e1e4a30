import { z } from 'zod';
import { uuidId } from '../../common/safe-text.js';

const months = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what}\u00a0: un nombre entier de mois est attendu` })
    .int(`${what}\u00a0: un nombre entier de mois est attendu`)
    .min(min, `${what}\u00a0: au moins ${min}\u00a0mois`)
    .max(max, `${what}\u00a0: au plus ${max}\u00a0mois`);

/** How long visits and the audit log are kept (months). */
export const RetentionSettingsBody = z.strictObject({
  // Counsellors need the profile for follow-up: at least a month; beyond ten years is not "minimal".
  visitsMonths: months('Durée de conservation des visites', 1, 120),
  // Access logs serve investigations: six months at least (CNIL), five years at most.
  auditMonths: months('Durée de conservation du journal', 6, 60),
});
export type RetentionSettingsBody = z.infer<typeof RetentionSettingsBody>;

export const DEFAULT_RETENTION: RetentionSettingsBody = { visitsMonths: 24, auditMonths: 12 };

/** `:id` of a purge job. */
export const PurgeJobIdParam = uuidId('identifiant de tâche invalide\u00a0: un UUID est attendu');

/** What a purge job may be given: only the scheduler and the API send it. */
export const PurgeJobData = z.strictObject({
  /** The date expiry is computed from (tests move it); now when absent. */
  asOf: z.iso.datetime({ offset: true }).optional(),
  /** The admin who asked for it; absent for the nightly run. */
  requestedBy: z.uuid().optional(),
});
export type PurgeJobData = z.infer<typeof PurgeJobData>;

export interface PurgeCounts {
  visits: number;
  auditEntries: number;
  staffSessions: number;
  invitations: number;
  pairingCodes: number;
}

export interface PurgeResult extends PurgeCounts {
  asOf: string;
  /** Visits received before this are gone. */
  visitsBefore: string;
  auditBefore: string;
}

export interface PurgeJobResponse {
  id: string;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  createdAt: string;
  completedAt: string | null;
  result: PurgeResult | null;
}

export interface RetentionResponse extends RetentionSettingsBody {
  updatedAt: string | null;
  updatedBy: { id: string; displayName: string } | null;
  /** When the nightly purge runs, in words. */
  schedule: string;
  lastPurge: (PurgeResult & { at: string }) | null;
  /** A purge waiting or running now. */
  running: PurgeJobResponse | null;
}
