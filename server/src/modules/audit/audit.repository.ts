import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { AuditLogEntity } from '../../database/entities/audit-log.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  actor?: string;
  /** `staff` matches `staff.created`, `staff.updated`… */
  action?: string;
  /** Inclusive day bounds, `YYYY-MM-DD`, in Europe/Paris. */
  from?: string;
  to?: string;
  /** Entries older than this id (cursor). */
  before?: string;
  limit: number;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: { id: string; email: string; displayName: string } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

/** Months an entry is kept (DESIGN §6). */
export const AUDIT_RETENTION_MONTHS = 12;

@Injectable()
export class AuditRepository {
  private readonly repo: Repository<AuditLogEntity>;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(AuditLogEntity);
  }

  /** Pass `manager` to write the entry in the caller's transaction (it then commits or rolls back with it). */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await (manager ? manager.getRepository(AuditLogEntity) : this.repo).insert({
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    });
  }

  /** Newest first; the id (an identity column) orders entries and serves as the cursor. */
  async search(filter: AuditFilter): Promise<AuditRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT a.id::text AS id, a.at, a.action, a.target_type, a.target_id, a.details,
              u.id AS actor_id, u.email AS actor_email, u.display_name AS actor_name
       FROM audit_log a LEFT JOIN staff_users u ON u.id = a.actor_id
       WHERE ($1::uuid IS NULL OR a.actor_id = $1)
         AND ($2::text IS NULL OR a.action = $2 OR starts_with(a.action, $2 || '.'))
         AND ($3::date IS NULL OR a.at >= ($3::date)::timestamp AT TIME ZONE 'Europe/Paris')
         AND ($4::date IS NULL OR a.at < ($4::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
         AND ($5::bigint IS NULL OR a.id < $5::bigint)
       ORDER BY a.id DESC
       LIMIT $6`,
      [
        filter.actor ?? null,
        filter.action ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.before ?? null,
        filter.limit,
      ],
    )) as {
      id: string;
      at: Date;
      action: string;
      target_type: string | null;
      target_id: string | null;
      details: Record<string, unknown>;
      actor_id: string | null;
      actor_email: string | null;
      actor_name: string | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor_id
        ? { id: row.actor_id, email: row.actor_email!, displayName: row.actor_name! }
        : null,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      details: row.details,
    }));
  }

  /** Deletes entries older than 12 months before `now`; returns how many went. */
  async purgeExpired(now: Date): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `DELETE FROM audit_log WHERE at < $1::timestamptz - make_interval(months => $2)`,
      [now.toISOString(), AUDIT_RETENTION_MONTHS],
    )) as [unknown[], number];
    return count;
  }
}
