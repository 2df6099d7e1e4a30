import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { eraseVisitRows } from '../sessions/visit-erasure.repository.js';
import {
  DEFAULT_RETENTION,
  RetentionSettingsBody,
  type PurgeCounts,
  type PurgeResult,
} from './retention.dto.js';

const SETTINGS_KEY = 'retention';

/** Visits deleted per statement: short transactions, so ingest never waits long on a lock. */
const VISIT_BATCH = 2_000;

export interface StoredRetention extends RetentionSettingsBody {
  updatedAt: Date | null;
  updatedBy: { id: string; displayName: string } | null;
}

@Injectable()
export class RetentionRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async settings(): Promise<StoredRetention> {
    const rows = (await this.dataSource.query(
      `SELECT s.value, s.updated_at, u.id AS user_id, u.display_name
         FROM app_settings s LEFT JOIN staff_users u ON u.id = s.updated_by
        WHERE s.key = $1`,
      [SETTINGS_KEY],
    )) as { value: unknown; updated_at: Date; user_id: string | null; display_name: string | null }[];
    const row = rows[0];
    // A value written by an older release (or by hand) that no longer validates falls back to
    // the defaults field by field, never to "keep nothing".
    const parsed = RetentionSettingsBody.partial().safeParse(row?.value ?? {});
    const value = { ...DEFAULT_RETENTION, ...(parsed.success ? parsed.data : {}) };
    return {
      ...value,
      updatedAt: row?.updated_at ?? null,
      updatedBy: row?.user_id ? { id: row.user_id, displayName: row.display_name ?? '' } : null,
    };
  }

  async saveSettings(value: RetentionSettingsBody, actorId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO app_settings (key, value, updated_at, updated_by) VALUES ($1, $2, now(), $3)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [SETTINGS_KEY, JSON.stringify(value), actorId],
    );
  }

  /**
   * Deletes what expired before `asOf`: visits received more than `visitsMonths` ago (their
   * events, answers, scores, transcripts and code hash go with them, by cascade), and the
   * housekeeping of sign-in sessions, invitations and pairing codes long expired. The anonymous
   * report rollups are never touched. The audit log is purged by its own repository.
   */
  async purgeExpired(asOf: Date, visitsMonths: number): Promise<Omit<PurgeCounts, 'auditEntries'>> {
    const at = asOf.toISOString();
    let visits = 0;
    for (;;) {
      // The same erasure as « Mes données », a batch per transaction; a visit being written to
      // right now (locked) is left for the next night.
      const deleted = await this.dataSource.transaction(async (manager) => {
        const rows = (await manager.query(
          `SELECT id FROM visitor_sessions
            WHERE created_at < $1::timestamptz - make_interval(months => $2)
            ORDER BY created_at LIMIT ${VISIT_BATCH} FOR UPDATE SKIP LOCKED`,
          [at, visitsMonths],
        )) as { id: string }[];
        return (
          await eraseVisitRows(
            manager,
            rows.map((row) => row.id),
          )
        ).visitorSessions;
      });
      visits += deleted;
      if (deleted < VISIT_BATCH) break;
    }
    const count = async (sql: string) => ((await this.dataSource.query(sql, [at])) as [unknown, number])[1];
    return {
      visits,
      staffSessions: await count(
        `DELETE FROM staff_sessions WHERE expires_at < $1::timestamptz - interval '1 day'`,
      ),
      // Kept a month after expiry, so the person who clicks late is told it expired.
      invitations: await count(
        `DELETE FROM staff_invitations WHERE expires_at < $1::timestamptz - interval '30 days'`,
      ),
      pairingCodes: await count(
        `DELETE FROM device_pairing_codes WHERE expires_at < $1::timestamptz - interval '1 day'`,
      ),
    };
  }

  /** The cut-off dates a purge as of `asOf` uses, computed by Postgres like the deletes. */
  async cutoffs(
    asOf: Date,
    settings: RetentionSettingsBody,
  ): Promise<Pick<PurgeResult, 'visitsBefore' | 'auditBefore'>> {
    const [row] = (await this.dataSource.query(
      `SELECT $1::timestamptz - make_interval(months => $2) AS visits,
              $1::timestamptz - make_interval(months => $3) AS audit`,
      [asOf.toISOString(), settings.visitsMonths, settings.auditMonths],
    )) as { visits: Date; audit: Date }[];
    return { visitsBefore: row.visits.toISOString(), auditBefore: row.audit.toISOString() };
  }

  /** The last purge recorded in the audit log. */
  async lastPurge(): Promise<(PurgeResult & { at: string }) | null> {
    const rows = (await this.dataSource.query(
      `SELECT at, details FROM audit_log WHERE action = 'retention.purged' ORDER BY id DESC LIMIT 1`,
    )) as { at: Date; details: PurgeResult }[];
    return rows[0] ? { ...rows[0].details, at: rows[0].at.toISOString() } : null;
  }
}
