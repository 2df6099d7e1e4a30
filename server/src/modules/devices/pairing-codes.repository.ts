import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PAIRING_CODE_TTL_MINUTES } from './device-credentials.js';

export interface NewPairingCode {
  codeHash: string;
  label: string;
  siteId: string | null;
  createdBy: string;
}

export interface ClaimedPairingCode {
  id: string;
  label: string;
  siteId: string | null;
  createdBy: string | null;
}

export type PairingCodeState = 'unknown' | 'expired' | 'used';

@Injectable()
export class PairingCodesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** True while a code with this hash can still be used (a new code must not shadow it). */
  async isLive(codeHash: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM device_pairing_codes
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() LIMIT 1`,
      [codeHash],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Stores a code valid for PAIRING_CODE_TTL_MINUTES from now (database clock). */
  async create(code: NewPairingCode): Promise<{ id: string; expiresAt: Date }> {
    const rows = (await this.dataSource.query(
      `INSERT INTO device_pairing_codes (code_hash, label, site_id, created_by, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))
       RETURNING id, expires_at`,
      [code.codeHash, code.label, code.siteId, code.createdBy, PAIRING_CODE_TTL_MINUTES],
    )) as { id: string; expires_at: Date }[];
    return { id: rows[0]!.id, expiresAt: rows[0]!.expires_at };
  }

  /**
   * Marks the live code with this hash used, inside the pairing transaction; null when there is
   * none. A concurrent claim of the same code waits on the row lock, then finds it used.
   */
  async claimLive(manager: EntityManager, codeHash: string): Promise<ClaimedPairingCode | null> {
    const result = (await manager.query(
      `UPDATE device_pairing_codes SET used_at = now()
        WHERE id = (
          SELECT id FROM device_pairing_codes
           WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
           ORDER BY created_at DESC LIMIT 1
           FOR UPDATE)
          AND used_at IS NULL
        RETURNING id, label, site_id, created_by`,
      [codeHash],
    )) as [{ id: string; label: string; site_id: string | null; created_by: string | null }[], number];
    const row = result[0][0];
    return row ? { id: row.id, label: row.label, siteId: row.site_id, createdBy: row.created_by } : null;
  }

  async linkDevice(manager: EntityManager, codeId: string, deviceId: string): Promise<void> {
    await manager.query(`UPDATE device_pairing_codes SET device_id = $2 WHERE id = $1`, [codeId, deviceId]);
  }

  /** Why a code cannot be claimed, judged on its most recent row. */
  async stateOf(codeHash: string): Promise<PairingCodeState> {
    const rows = (await this.dataSource.query(
      `SELECT used_at IS NOT NULL AS used FROM device_pairing_codes
        WHERE code_hash = $1 ORDER BY created_at DESC LIMIT 1`,
      [codeHash],
    )) as { used: boolean }[];
    if (rows.length === 0) return 'unknown';
    return rows[0]!.used ? 'used' : 'expired';
  }
}
