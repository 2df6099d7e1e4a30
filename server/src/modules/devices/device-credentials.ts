import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

/** How long an admin's pairing code stays usable. */
export const PAIRING_CODE_TTL_MINUTES = 10;

/** Six random digits shown as `123-456`. */
export function generatePairingCode(): string {
  const digits = randomInt(0, 1_000_000).toString().padStart(6, '0');
  return `${digits.slice(0, 3)}-${digits.slice(3)}`;
}

/** The six digits of a code typed as `123-456`, `123 456` or `123456`; null otherwise. */
export function normalizePairingCode(input: string): string | null {
  const match = /^\s*(\d{3})[\s-]?(\d{3})\s*$/.exec(input);
  return match ? `${match[1]}${match[2]}` : null;
}

/**
 * sha256 (hex) of the normalised digits. With a million codes this only keeps the plain code out
 * of backups and logs; what protects a code is its 10-minute life, single use and the rate limit.
 */
export function hashPairingCode(digits: string): string {
  return createHash('sha256').update(`pairing:${digits}`).digest('hex');
}

/** A 256-bit random bearer token (base64url, 43 characters). */
export function generateDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** sha256 (hex) of a device token: what the `devices` table stores. */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Salted, slow hash of a staff PIN (few digits: a fast hash would be reversed at once). */
export async function hashStaffPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(pin, salt, 32);
  return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`;
}

export async function verifyStaffPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, hashHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await scryptAsync(pin, Buffer.from(saltHex, 'hex'), expected.length);
  return timingSafeEqual(actual, expected);
}
