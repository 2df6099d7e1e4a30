import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StaffRole } from '../../database/entities/staff-user.entity.js';
import { ABSOLUTE_TIMEOUT_SECONDS, IDLE_TIMEOUT_SECONDS } from './session-token.js';

export interface LiveSession {
  sessionId: string;
  csrfToken: string;
  userId: string;
  email: string;
  displayName: string;
  role: StaffRole;
  siteIds: string[];
}

@Injectable()
export class StaffSessionsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async create(input: {
    userId: string;
    tokenHash: string;
    csrfToken: string;
    ip: string | null;
    userAgent: string | null;
  }): Promise<string> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO staff_sessions (user_id, token_hash, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5, $6) RETURNING id`,
      [input.userId, input.tokenHash, input.csrfToken, ABSOLUTE_TIMEOUT_SECONDS, input.ip, input.userAgent],
    )) as { id: string }[];
    return row!.id;
  }

  /**
   * The live session of this token hash, touched in the same statement: null when unknown,
   * revoked, idle for 30 minutes, past its 8 hours, or when its user was deactivated.
   */
  async authenticate(tokenHash: string): Promise<LiveSession | null> {
    const rows = (await this.dataSource.query(
      `WITH touched AS (
         UPDATE staff_sessions s SET last_seen_at = now()
         FROM staff_users u
         WHERE s.token_hash = $1 AND s.user_id = u.id AND u.active AND s.revoked_at IS NULL
           AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)
         RETURNING s.id, s.csrf_token, u.id AS user_id, u.email, u.display_name, u.role
       )
       SELECT t.*, COALESCE(array_agg(us.site_id::text) FILTER (WHERE us.site_id IS NOT NULL), '{}') AS site_ids
       FROM touched t LEFT JOIN staff_user_sites us ON us.user_id = t.user_id
       GROUP BY t.id, t.csrf_token, t.user_id, t.email, t.display_name, t.role`,
      [tokenHash, IDLE_TIMEOUT_SECONDS],
    )) as {
      id: string;
      csrf_token: string;
      user_id: string;
      email: string;
      display_name: string;
      role: StaffRole;
      site_ids: string[];
    }[];
    const row = rows[0];
    if (!row) return null;
    return {
      sessionId: row.id,
      csrfToken: row.csrf_token,
      userId: row.user_id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      siteIds: row.site_ids,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE staff_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId],
    );
  }

  /** Every open session of the user (sign-out everywhere, deactivation, role or site change). */
  async revokeAllForUser(userId: string): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, count] = (await this.dataSource.query(
      `UPDATE staff_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    )) as [unknown[], number];
    return count;
  }
}
