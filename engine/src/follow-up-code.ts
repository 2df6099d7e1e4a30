// Follow-up codes: 10 Crockford base32 symbols = 50 bits of entropy (DESIGN §6), shown as
// `ABCDE-FGHJK`. Crockford's alphabet has no I, L, O or U, so a code read aloud or copied
// by hand survives the usual confusions, which `normalizeFollowUpCode` undoes.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

interface RandomSource {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

/** A new code; `random` defaults to the Web Crypto API (browsers and Node ≥ 20). */
export function generateFollowUpCode(random: RandomSource = globalThis.crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(LENGTH));
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return formatFollowUpCode(code);
}

export function formatFollowUpCode(normalized: string): string {
  return `${normalized.slice(0, 5)}-${normalized.slice(5)}`;
}

/** Canonical form (10 symbols, no dash) or null when the input cannot be a code. */
export function normalizeFollowUpCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (cleaned.length !== LENGTH) return null;
  for (const char of cleaned) if (!ALPHABET.includes(char)) return null;
  return cleaned;
}
