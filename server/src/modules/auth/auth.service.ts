import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { LoginBody, SessionResponse, StaffUserResponse } from './auth.dto.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password.js';
import { AUTH_SECRET, hashSessionToken, randomToken } from './session-token.js';
import type { StaffPrincipal } from './staff-principal.js';
import { StaffSessionsRepository } from './staff-sessions.repository.js';
import { StaffUsersRepository, normalizeEmail } from './staff-users.repository.js';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** « 1 minute », « 3 minutes », « 2 heures » (rounded up). */
export function frenchDelay(seconds: number): string {
  if (seconds >= 3600) {
    const hours = Math.ceil(seconds / 3600);
    return `${hours}\u00a0heure${hours > 1 ? 's' : ''}`;
  }
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes}\u00a0minute${minutes > 1 ? 's' : ''}`;
}

function lockedError(seconds: number): DomainError {
  return new DomainError(
    'ACCOUNT_LOCKED',
    `Trop de mots de passe erronés d’affilée\u00a0: ce compte est verrouillé. Réessayez dans ${frenchDelay(seconds)}.`,
    { retryAfterSeconds: seconds },
  );
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(StaffUsersRepository) private readonly users: StaffUsersRepository,
    @Inject(StaffSessionsRepository) private readonly sessions: StaffSessionsRepository,
    @Inject(LoginThrottleRepository) private readonly throttle: LoginThrottleRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(AUTH_SECRET) private readonly secret: string,
  ) {}

  /** A new session: the token goes in the cookie, the CSRF token in the body. */
  async login(body: LoginBody, client: ClientInfo): Promise<SessionResponse & { token: string }> {
    const email = normalizeEmail(body.email);
    const blocked = await this.throttle.addressBlockedFor(client.ip);
    if (blocked > 0) throw new DomainError('RATE_LIMITED', undefined, { retryAfterSeconds: blocked });
    const locked = await this.throttle.accountLockedFor(email);
    if (locked > 0) throw lockedError(locked);

    const user = await this.users.findActiveByEmail(email);
    const stored = user?.passwordHash ?? (await dummyHash());
    const valid = (await verifyPassword(body.password, stored)) && Boolean(user?.passwordHash);
    if (!user || !valid) {
      await this.throttle.recordAddressFailure(client.ip);
      const { failures, lockedForSeconds } = await this.throttle.recordAccountFailure(email);
      // The e-mail typed is kept (it may not exist); the password never is.
      await this.audit.record({
        actorId: user?.id ?? null,
        action: 'auth.login_failed',
        targetType: 'staff_user',
        targetId: user?.id,
        details: { email, ip: client.ip, failures },
      });
      if (lockedForSeconds > 0) {
        await this.audit.record({
          actorId: user?.id ?? null,
          action: 'auth.locked',
          targetType: 'staff_user',
          targetId: user?.id,
          details: { email, ip: client.ip, failures, lockedForSeconds },
        });
        throw lockedError(lockedForSeconds);
      }
      throw new DomainError('INVALID_CREDENTIALS');
    }

    await this.throttle.clearAccount(email);
    if (needsRehash(user.passwordHash!))
      await this.users.setPasswordHash(user.id, await hashPassword(body.password));
    const token = randomToken();
    const csrfToken = randomToken();
    const sessionId = await this.sessions.create({
      userId: user.id,
      tokenHash: hashSessionToken(token, this.secret),
      csrfToken,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await this.users.recordSignIn(user.id);
    await this.audit.record({
      actorId: user.id,
      action: 'auth.login',
      targetType: 'staff_session',
      targetId: sessionId,
      details: { ip: client.ip },
    });
    return { token, csrfToken, user: await this.describe(user.id) };
  }

  async me(principal: StaffPrincipal): Promise<SessionResponse> {
    return { user: await this.describe(principal.sub), csrfToken: principal.csrfToken };
  }

  async logout(principal: StaffPrincipal): Promise<void> {
    await this.sessions.revoke(principal.sessionId);
    await this.audit.record({
      actorId: principal.sub,
      action: 'auth.logout',
      targetType: 'staff_session',
      targetId: principal.sessionId,
    });
  }

  async logoutAll(principal: StaffPrincipal): Promise<void> {
    const closed = await this.sessions.revokeAllForUser(principal.sub);
    await this.audit.record({
      actorId: principal.sub,
      action: 'auth.logout_all',
      targetType: 'staff_user',
      targetId: principal.sub,
      details: { sessions: closed },
    });
  }

  private async describe(userId: string): Promise<StaffUserResponse> {
    const [row] = await this.users.listWithSites(userId);
    if (!row) throw new DomainError('SESSION_EXPIRED');
    return { id: row.id, email: row.email, displayName: row.displayName, role: row.role, sites: row.sites };
  }
}
