import { z } from 'zod';
import { safeText } from '../../common/safe-text.js';
import { STAFF_ROLES, type StaffRole } from '../../database/entities/staff-user.entity.js';
import type { SiteRef } from '../auth/auth.dto.js';

const role = z.enum(STAFF_ROLES as [StaffRole, ...StaffRole[]], {
  error: 'rôle attendu : counsellor, editor ou admin',
});
const siteIds = z.array(z.uuid('identifiant de site attendu (UUID)')).max(50);
const displayName = safeText({ max: 120 }).trim().min(1, 'nom affiché attendu');

const email = z.email('adresse électronique attendue').max(320);

// A counsellor sees the visits of their sites: at least one (a union, so that the document says so too).
export const CreateStaffBody = z.union([
  z.strictObject({
    email,
    displayName,
    role: z.literal('counsellor', { error: 'rôle attendu : counsellor, editor ou admin' }),
    siteIds: siteIds.min(1, 'un compte de conseiller ou conseillère doit être rattaché à au moins un site'),
  }),
  z.strictObject({
    email,
    displayName,
    role: role.exclude(['counsellor'], { error: 'rôle attendu : counsellor, editor ou admin' }),
    siteIds,
  }),
]);
export type CreateStaffBody = z.infer<typeof CreateStaffBody>;

export const UpdateStaffBody = z
  .strictObject({
    displayName: displayName.optional(),
    role: role.optional(),
    siteIds: siteIds.optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'au moins un champ à modifier')
  .meta({ minProperties: 1 });
export type UpdateStaffBody = z.infer<typeof UpdateStaffBody>;

export interface StaffMemberResponse {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  sites: SiteRef[];
  active: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  /** A set-password link is open (the person has not chosen a password yet, or a reset is pending). */
  invitationPending: boolean;
}

export interface InvitationLinkResponse {
  /** Absent when the link was e-mailed: it reaches only the person's mailbox. */
  url?: string;
  expiresAt: string;
  /** True when the link was sent by e-mail (then the UI does not show it). */
  emailed: boolean;
}

export interface CreateStaffResponse {
  user: StaffMemberResponse;
  invitation: InvitationLinkResponse;
}
