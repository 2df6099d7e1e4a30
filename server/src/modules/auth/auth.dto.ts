import { z } from 'zod';
import { safeText } from '../../common/safe-text.js';
import type { StaffRole } from '../../database/entities/staff-user.entity.js';

export const LoginBody = z
  .object({
    // Trimmed after the bounds: what the document says is what the client may send.
    email: safeText({ min: 3, max: 320 }).transform((email) => email.trim()),
    password: safeText({ min: 1, max: 1024 }),
  })
  .strict();
export type LoginBody = z.infer<typeof LoginBody>;

/** `:token` of an invitation or reset link: 32 random bytes in base64url. */
export const InvitationTokenParam = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'lien d’invitation invalide');

export const SetPasswordBody = z.object({ password: z.string().min(1).max(1024) }).strict();
export type SetPasswordBody = z.infer<typeof SetPasswordBody>;

export interface SiteRef {
  id: string;
  name: string;
}

export interface StaffUserResponse {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  sites: SiteRef[];
}

/** Login and `GET /auth/me`: the session token itself travels only in the HttpOnly cookie. */
export interface SessionResponse {
  user: StaffUserResponse;
  /** Send back as `X-CSRF-Token` on POST, PUT, PATCH and DELETE. */
  csrfToken: string;
}

export interface InvitationResponse {
  email: string;
  displayName: string;
  kind: 'invitation' | 'reset';
}
