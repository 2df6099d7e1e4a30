import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../../common/domain-error.js';
import type { StaffRole } from '../../database/entities/staff-user.entity.js';
import { IS_PUBLIC, ROLES } from './auth.decorators.js';
import { TokenService } from './token.service.js';

/** Global guard: a route is open only if marked `@Public()` or `@Roles(...)` for the caller's role. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenService) private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets) ?? [];

    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new DomainError('AUTH_REQUIRED');
    const claims = this.tokens.verify(match[1]!);
    if (!claims) throw new DomainError('INVALID_TOKEN');
    if (!roles.includes(claims.role)) throw new DomainError('FORBIDDEN_ROLE');
    request.user = claims;
    return true;
  }
}
