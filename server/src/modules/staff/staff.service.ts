import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error.js';
import type { StaffRole } from '../../database/entities/staff-user.entity.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { InvitationsRepository } from '../auth/invitations.repository.js';
import { InvitationsService } from '../auth/invitations.service.js';
import { LoginThrottleRepository } from '../auth/login-throttle.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { StaffSessionsRepository } from '../auth/staff-sessions.repository.js';
import { StaffUsersRepository, normalizeEmail, type StaffUserRow } from '../auth/staff-users.repository.js';
import { SitesRepository } from '../sites/sites.repository.js';
import { InvitationMailer, type InvitationMail } from './invitation-mailer.js';
import type {
  CreateStaffBody,
  CreateStaffResponse,
  InvitationLinkResponse,
  StaffMemberResponse,
  UpdateStaffBody,
} from './staff.dto.js';

const toResponse = (row: StaffUserRow): StaffMemberResponse => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  sites: row.sites,
  active: row.active,
  lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  invitationPending: row.invitationPending,
});

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

@Injectable()
export class StaffService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(StaffUsersRepository) private readonly users: StaffUsersRepository,
    @Inject(StaffSessionsRepository) private readonly sessions: StaffSessionsRepository,
    @Inject(InvitationsService) private readonly links: InvitationsService,
    @Inject(InvitationsRepository) private readonly invitations: InvitationsRepository,
    @Inject(LoginThrottleRepository) private readonly throttle: LoginThrottleRepository,
    @Inject(SitesRepository) private readonly sites: SitesRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(InvitationMailer) private readonly mailer: InvitationMailer,
  ) {}

  async list(): Promise<StaffMemberResponse[]> {
    return (await this.users.listWithSites()).map(toResponse);
  }

  async create(body: CreateStaffBody, admin: StaffPrincipal, origin: string): Promise<CreateStaffResponse> {
    const siteIds = await this.checkSites(body.role, body.siteIds);
    const email = normalizeEmail(body.email);
    const created = await this.dataSource.transaction(async (manager) => {
      const id = await this.users.insertIfAbsent(
        { email, displayName: body.displayName, passwordHash: null, role: body.role },
        manager,
      );
      if (!id) return null;
      await this.users.replaceSites(id, siteIds, manager);
      return { id, link: await this.links.issue(id, 'invitation', origin, manager) };
    });
    if (!created) throw new DomainError('STAFF_EMAIL_TAKEN');
    await this.audit.record({
      actorId: admin.sub,
      action: 'staff.created',
      targetType: 'staff_user',
      targetId: created.id,
      details: { email, displayName: body.displayName, role: body.role, siteIds },
    });
    const user = await this.describe(created.id);
    const invitation = await this.deliver({ ...created.link, kind: 'invitation', invitedBy: admin, user });
    return { user, invitation };
  }

  async update(id: string, body: UpdateStaffBody, admin: StaffPrincipal): Promise<StaffMemberResponse> {
    const before = await this.describe(id);
    const role = body.role ?? before.role;
    const siteIds = body.siteIds ? await this.checkSites(role, body.siteIds) : before.sites.map((s) => s.id);
    if (!body.siteIds && body.role) await this.checkSites(role, siteIds);
    const roleChanged = role !== before.role;
    const sitesChanged = !sameSet(
      siteIds,
      before.sites.map((s) => s.id),
    );
    const activeChanged = body.active !== undefined && body.active !== before.active;
    await this.dataSource.transaction(async (manager) => {
      if (
        (roleChanged && before.role === 'admin') ||
        (activeChanged && !body.active && before.role === 'admin')
      )
        await this.assertAnotherAdmin(id, manager);
      await this.users.update(
        id,
        {
          ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
          ...(roleChanged ? { role } : {}),
          ...(activeChanged ? { active: body.active } : {}),
        },
        manager,
      );
      if (sitesChanged) await this.users.replaceSites(id, siteIds, manager);
      if (activeChanged && !body.active) await this.invitations.voidAll(id, manager);
    });
    // Rights changed: every open session closes, effective on the very next request.
    if (roleChanged || sitesChanged || (activeChanged && !body.active))
      await this.sessions.revokeAllForUser(id);
    const action = activeChanged
      ? body.active
        ? 'staff.reactivated'
        : 'staff.deactivated'
      : 'staff.updated';
    await this.audit.record({
      actorId: admin.sub,
      action,
      targetType: 'staff_user',
      targetId: id,
      details: {
        email: before.email,
        before: {
          displayName: before.displayName,
          role: before.role,
          siteIds: before.sites.map((s) => s.id),
        },
        changes: body,
      },
    });
    return this.describe(id);
  }

  /** A new set-password link; the old password, links and sessions stop working at once. */
  async reset(
    id: string,
    admin: StaffPrincipal,
    origin: string,
  ): Promise<{ invitation: InvitationLinkResponse }> {
    const user = await this.describe(id);
    const link = await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE staff_users SET password_hash = NULL WHERE id = $1`, [id]);
      return this.links.issue(id, 'reset', origin, manager);
    });
    await this.sessions.revokeAllForUser(id);
    await this.throttle.clearAccount(user.email);
    await this.audit.record({
      actorId: admin.sub,
      action: 'staff.reset',
      targetType: 'staff_user',
      targetId: id,
      details: { email: user.email },
    });
    return { invitation: await this.deliver({ ...link, kind: 'reset', invitedBy: admin, user }) };
  }

  /** E-mails the link when SMTP is configured; otherwise, or if sending fails, the admin gets it to hand over. */
  private async deliver(link: {
    url: string;
    expiresAt: string;
    kind: InvitationMail['kind'];
    invitedBy: StaffPrincipal;
    user: StaffMemberResponse;
  }): Promise<InvitationLinkResponse> {
    const emailed = await this.mailer.send({
      to: link.user.email,
      displayName: link.user.displayName,
      invitedBy: link.invitedBy.displayName,
      role: link.user.role,
      kind: link.kind,
      url: link.url,
      expiresAt: link.expiresAt,
    });
    return emailed
      ? { expiresAt: link.expiresAt, emailed: true }
      : { url: link.url, expiresAt: link.expiresAt, emailed: false };
  }

  private async describe(id: string): Promise<StaffMemberResponse> {
    const [row] = await this.users.listWithSites(id);
    if (!row) throw new DomainError('STAFF_NOT_FOUND');
    return toResponse(row);
  }

  /** Every site must exist and be active; a counsellor needs at least one. */
  private async checkSites(role: StaffRole, siteIds: string[]): Promise<string[]> {
    const unique = [...new Set(siteIds)];
    if ((await this.sites.activeIds(unique)).length !== unique.length)
      throw new DomainError('SITE_NOT_FOUND');
    if (role === 'counsellor' && unique.length === 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        'Un compte de conseiller ou conseillère doit être rattaché à au moins un site.',
      );
    return unique;
  }

  /** Locks the active admins' rows so two admins cannot demote each other at the same moment. */
  private async assertAnotherAdmin(id: string, manager: EntityManager): Promise<void> {
    const rows = (await manager.query(
      `SELECT id FROM staff_users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`,
    )) as { id: string }[];
    if (!rows.some((row) => row.id !== id)) throw new DomainError('LAST_ADMIN');
  }
}
