import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { StaffRole } from '../../database/entities/staff-user.entity.js';
import type { TokenClaims } from './token.service.js';

export const IS_PUBLIC = 'eclore:public';
export const ROLES = 'eclore:roles';

/** Opens a route to anyone (headsets, health, login). Every other route is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Opens a route to signed-in staff with one of these roles. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);

/** The signed-in staff member (set by AuthGuard). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): TokenClaims =>
    context.switchToHttp().getRequest<{ user: TokenClaims }>().user,
);
