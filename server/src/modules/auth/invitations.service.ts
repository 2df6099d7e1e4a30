import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error.js';
import type { InvitationKind } from '../../database/entities/staff-invitation.entity.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { InvitationResponse } from './auth.dto.js';
import { InvitationsRepository } from './invitations.repository.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { hashPassword } from './password.js';
import { assertStrongPassword } from './password-policy.js';
import { hashInvitationToken, randomToken } from './session-token.js';
import { StaffSessionsRepository } from './staff-sessions.repository.js';
import { StaffUsersRepository } from './staff-users.repository.js';

export interface IssuedLink {
  /** `<origin>/admin/#/invitation/<token>`: the token stays in the fragment, out of server logs. */
  url: string;
  expiresAt: string;
}

export function invitationUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/admin/#/invitation/${token}`;
}

/** One-time set-password links: invitations for new accounts, resets decided by an admin. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(InvitationsRepository) private readonly invitations: InvitationsRepository,
    @Inject(StaffUsersRepository) private readonly users: StaffUsersRepository,
    @Inject(StaffSessionsRepository) private readonly sessions: StaffSessionsRepository,
    @Inject(LoginThrottleRepository) private readonly throttle: LoginThrottleRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
  ) {}

  /** Opens a new link (older ones void). */
  async issue(
    userId: string,
    kind: InvitationKind,
    origin: string,
    manager?: EntityManager,
  ): Promise<IssuedLink> {
    const token = randomToken();
    const expiresAt = await this.invitations.replace(userId, hashInvitationToken(token), kind, manager);
    return { url: invitationUrl(origin, token), expiresAt: expiresAt.toISOString() };
  }

  async describe(token: string): Promise<InvitationResponse> {
    const open = await this.invitations.findOpen(hashInvitationToken(token));
    if (!open) throw new DomainError('INVITATION_INVALID');
    return { email: open.email, displayName: open.displayName, kind: open.kind };
  }

  /** Sets the password, uses the link up, and closes every session of the person. */
  async accept(token: string, password: string): Promise<void> {
    const open = await this.invitations.findOpen(hashInvitationToken(token));
    if (!open) throw new DomainError('INVITATION_INVALID');
    assertStrongPassword(password, [open.email, open.displayName]);
    const passwordHash = await hashPassword(password);
    const consumed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.invitations.consume(open.id, manager))) return false;
      await this.users.setPasswordHash(open.userId, passwordHash, manager);
      return true;
    });
    if (!consumed) throw new DomainError('INVITATION_INVALID');
    await this.sessions.revokeAllForUser(open.userId);
    await this.throttle.clearAccount(open.email);
    await this.audit.record({
      actorId: open.userId,
      action: 'staff.password_set',
      targetType: 'staff_user',
      targetId: open.userId,
      details: { kind: open.kind },
    });
  }
}
