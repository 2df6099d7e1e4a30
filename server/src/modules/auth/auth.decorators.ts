import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { STAFF_ROLES, type StaffRole } from '../../database/entities/staff-user.entity.js';
import type { StaffPrincipal } from './staff-principal.js';

export const IS_PUBLIC = 'eclore:public';
export const ROLES = 'eclore:roles';

/** Opens a route to anyone (headsets, health, login). Every other route is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Opens a route to signed-in staff with one of these roles. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);

/** Opens a route to every signed-in staff member, whatever the role. */
export const AnyStaff = () => Roles(...STAFF_ROLES);

/** The signed-in staff member (set by AuthGuard). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffPrincipal =>
    context.switchToHttp().getRequest<{ user: StaffPrincipal }>().user,
);
