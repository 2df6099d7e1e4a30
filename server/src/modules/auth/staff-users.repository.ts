import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { StaffUserEntity, type StaffRole } from '../../database/entities/staff-user.entity.js';

export interface StaffUserRow {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  sites: { id: string; name: string }[];
  invitationPending: boolean;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class StaffUsersRepository {
  private readonly repo: Repository<StaffUserEntity>;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(StaffUserEntity);
  }

  findActiveByEmail(email: string): Promise<StaffUserEntity | null> {
    return this.repo.findOneBy({ email: normalizeEmail(email), active: true });
  }

  findById(id: string): Promise<StaffUserEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(email: string): Promise<StaffUserEntity | null> {
    return this.repo.findOneBy({ email: normalizeEmail(email) });
  }

  hasAnyAdmin(): Promise<boolean> {
    return this.repo.existsBy({ role: 'admin' });
  }

  countActiveAdmins(): Promise<number> {
    return this.repo.countBy({ role: 'admin', active: true });
  }

  /** Inserts the user unless the e-mail is taken (then null): safe when two processes seed at once. */
  async insertIfAbsent(
    input: { email: string; displayName?: string; passwordHash: string | null; role: StaffRole },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const rows = (await manager.query(
      `INSERT INTO staff_users (email, display_name, password_hash, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT uq_staff_users_email DO NOTHING RETURNING id`,
      [normalizeEmail(input.email), input.displayName ?? '', input.passwordHash, input.role],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** null: no password until a set-password link is used. */
  async setPasswordHash(id: string, passwordHash: string | null, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE staff_users SET password_hash = $2 WHERE id = $1`,
      [id, passwordHash],
    );
  }

  async recordSignIn(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE staff_users SET last_sign_in_at = now() WHERE id = $1`, [id]);
  }

  async update(
    id: string,
    changes: Partial<Pick<StaffUserEntity, 'displayName' | 'role' | 'active'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (Object.keys(changes).length) await manager.getRepository(StaffUserEntity).update({ id }, changes);
  }

  async replaceSites(userId: string, siteIds: string[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM staff_user_sites WHERE user_id = $1`, [userId]);
    if (siteIds.length)
      await manager.query(
        `INSERT INTO staff_user_sites (user_id, site_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [userId, siteIds],
      );
  }

  /** Everyone (or one person), with sites and whether a set-password link is still open. */
  async listWithSites(id?: string): Promise<StaffUserRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.active, u.last_sign_in_at, u.created_at,
              COALESCE(json_agg(json_build_object('id', s.id, 'name', s.name))
                FILTER (WHERE s.id IS NOT NULL), '[]') AS sites,
              EXISTS (SELECT 1 FROM staff_invitations i WHERE i.user_id = u.id AND i.consumed_at IS NULL
                      AND i.expires_at > now()) AS invitation_pending
       FROM staff_users u
       LEFT JOIN staff_user_sites us ON us.user_id = u.id
       LEFT JOIN sites s ON s.id = us.site_id
       WHERE ($1::uuid IS NULL OR u.id = $1)
       GROUP BY u.id`,
      [id ?? null],
    )) as {
      id: string;
      email: string;
      display_name: string;
      role: StaffRole;
      active: boolean;
      last_sign_in_at: Date | null;
      created_at: Date;
      sites: { id: string; name: string }[];
      invitation_pending: boolean;
    }[];
    const collator = new Intl.Collator('fr');
    return rows
      .sort((a, b) => collator.compare(a.display_name || a.email, b.display_name || b.email))
      .map((row) => ({
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        role: row.role,
        active: row.active,
        lastSignInAt: row.last_sign_in_at,
        createdAt: row.created_at,
        sites: row.sites.sort((a, b) => collator.compare(a.name, b.name)),
        invitationPending: row.invitation_pending,
      }));
  }
}
