import { createHash } from 'node:crypto';
import { normalizeFollowUpCode } from '../../../../engine/src/follow-up-code.js';

/** sha256 (hex) of the normalised code, or null when the input cannot be a code. */
export function hashFollowUpCode(input: string): string | null {
  const normalized = normalizeFollowUpCode(input);
  return normalized === null ? null : createHash('sha256').update(normalized).digest('hex');
}
