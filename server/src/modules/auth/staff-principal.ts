import type { StaffRole } from '../../database/entities/staff-user.entity.js';

/** The signed-in staff member behind a request (set by AuthGuard from the session cookie). */
export interface StaffPrincipal {
  /** Staff user id. */
  sub: string;
  email: string;
  displayName: string;
  role: StaffRole;
  /** The staff_sessions row: audited with each profile look-up. */
  sessionId: string;
  /** The sites the user works for (a counsellor sees only these). */
  siteIds: string[];
  /** The session's synchronizer token (returned by `GET /auth/me`). */
  csrfToken: string;
}
