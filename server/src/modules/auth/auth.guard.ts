import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error.js';
import type { StaffRole } from '../../database/entities/staff-user.entity.js';
import { IS_PUBLIC, ROLES } from './auth.decorators.js';
import { AUTH_SECRET, SESSION_COOKIE, hashSessionToken, readCookie, sameSecret } from './session-token.js';
import type { StaffPrincipal } from './staff-principal.js';
import { StaffSessionsRepository } from './staff-sessions.repository.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: a route is open only if marked `@Public()` or `@Roles(...)` for the caller's role.
 * Staff authenticate with the session cookie; the session is checked in Postgres on every request,
 * so a revocation takes effect on the very next one.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(StaffSessionsRepository) private readonly sessions: StaffSessionsRepository,
    @Inject(AUTH_SECRET) private readonly secret: string,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets) ?? [];
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: StaffPrincipal }>();
    const response = http.getResponse<Response>();
    response.setHeader('Cache-Control', 'no-store');

    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!token) throw new DomainError('AUTH_REQUIRED');
    const session = await this.sessions.authenticate(hashSessionToken(token, this.secret));
    if (!session) throw new DomainError('SESSION_EXPIRED');
    if (!SAFE_METHODS.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !sameSecret(given, session.csrfToken))
        throw new DomainError('CSRF_TOKEN_INVALID');
      if (!sameOrigin(request)) throw new DomainError('CSRF_TOKEN_INVALID');
    }
    // An unmarked route has no roles: refused to everyone.
    if (!roles.includes(session.role)) throw new DomainError('FORBIDDEN_ROLE');
    request.user = {
      sub: session.userId,
      email: session.email,
      displayName: session.displayName,
      role: session.role,
      sessionId: session.sessionId,
      siteIds: session.siteIds,
      csrfToken: session.csrfToken,
    };
    return true;
  }
}

/** `Origin`, when the browser sends it, must name this host (behind a proxy: its Host header). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
