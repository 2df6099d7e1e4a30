import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Injection token of the server secret (AUTH_SECRET or the persisted one). */
export const AUTH_SECRET = Symbol('AUTH_SECRET');

export const SESSION_COOKIE = 'eclore_staff';
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 8 * 3600;

/** 32 random bytes, base64url: session cookies, CSRF tokens, invitation links. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Session tokens are stored as HMAC-SHA-256 under the server secret: a database dump alone cannot
 * be replayed, and rotating AUTH_SECRET signs everyone out.
 */
export function hashSessionToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

/** Invitation links only need a plain SHA-256 (the CLI issues them without the server secret). */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of one cookie in a `Cookie` header (no dependency for five lines). */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/api; Max-Age=${ABSOLUTE_TIMEOUT_SECONDS}; HttpOnly; Secure; SameSite=Strict`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/api; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
}
