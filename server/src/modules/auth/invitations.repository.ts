import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { InvitationKind } from '../../database/entities/staff-invitation.entity.js';

export const INVITATION_TTL_SECONDS = 7 * 24 * 3600;

export interface OpenInvitation {
  id: string;
  userId: string;
  kind: InvitationKind;
  email: string;
  displayName: string;
}

@Injectable()
export class InvitationsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Voids the user's open links, then opens a new one (7 days). */
  async replace(
    userId: string,
    tokenHash: string,
    kind: InvitationKind,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Date> {
    await this.voidAll(userId, manager);
    const [row] = (await manager.query(
      `INSERT INTO staff_invitations (user_id, token_hash, kind, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING expires_at`,
      [userId, tokenHash, kind, INVITATION_TTL_SECONDS],
    )) as { expires_at: Date }[];
    return row!.expires_at;
  }

  async voidAll(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE staff_invitations SET consumed_at = now() WHERE user_id = $1 AND consumed_at IS NULL`,
      [userId],
    );
  }

  /** The open link of an active user with this token hash, or null (unknown, used, expired). */
  async findOpen(tokenHash: string): Promise<OpenInvitation | null> {
    const [row] = (await this.dataSource.query(
      `SELECT i.id, i.user_id, i.kind, u.email, u.display_name FROM staff_invitations i
       JOIN staff_users u ON u.id = i.user_id
       WHERE i.token_hash = $1 AND i.consumed_at IS NULL AND i.expires_at > now() AND u.active`,
      [tokenHash],
    )) as { id: string; user_id: string; kind: InvitationKind; email: string; display_name: string }[];
    return row
      ? { id: row.id, userId: row.user_id, kind: row.kind, email: row.email, displayName: row.display_name }
      : null;
  }

  /** Uses the link once: true only for the one request that consumed it. */
  async consume(id: string, manager: EntityManager): Promise<boolean> {
    const [, count] = (await manager.query(
      `UPDATE staff_invitations SET consumed_at = now()
       WHERE id = $1 AND consumed_at IS NULL AND expires_at > now()`,
      [id],
    )) as [unknown[], number];
    return count === 1;
  }
}
