import { createHmac, timingSafeEqual } from 'node:crypto';
import type { StaffRole } from '../../database/entities/staff-user.entity.js';

export interface TokenClaims {
  sub: string;
  email: string;
  role: StaffRole;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const TTL_SECONDS = 8 * 3600;

/** Stateless bearer tokens: `base64url(claims).base64url(HMAC-SHA256(claims, secret))`. */
export class TokenService {
  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
  ) {}

  sign(claims: Omit<TokenClaims, 'exp'>): string {
    const payload = Buffer.from(
      JSON.stringify({ ...claims, exp: Math.floor(this.now() / 1000) + TTL_SECONDS }),
    ).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claims, or null when the token is malformed, forged or expired. */
  verify(token: string): TokenClaims | null {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
      if (typeof claims.exp !== 'number' || claims.exp * 1000 <= this.now()) return null;
      return claims;
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
