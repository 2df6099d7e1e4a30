import { isIP } from 'node:net';

/** Express `trust proxy` value: false (trust nobody), a hop count, or a list of names/addresses/CIDRs. */
export type TrustProxy = false | number | string[];

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isCidr(value: string): boolean {
  const [address, bits, extra] = value.split('/');
  if (extra !== undefined || bits === undefined || !/^\d{1,3}$/.test(bits)) return false;
  const family = isIP(address);
  return family !== 0 && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Parses TRUST_PROXY: unset, `false` or `0` → trust nobody (X-Forwarded-For ignored); a whole
 * number → that many proxy hops; otherwise a comma-separated list of `loopback`, `linklocal`,
 * `uniquelocal`, IP addresses and CIDRs. `true` (trust everyone) is refused: any client could then
 * choose its own address and escape the per-address limits. Returns an error message or the value.
 */
export function parseTrustProxy(raw: string | undefined): { value: TrustProxy } | { error: string } {
  const text = raw?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return { value: false };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { value: hops } : { error: 'nombre de relais entre 0 et 10' };
  }
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const bad = items.filter((item) => !NAMES.has(item) && isIP(item) === 0 && !isCidr(item));
  if (bad.length > 0 || items.length === 0) {
    return {
      error: `valeur non reconnue (${bad.join(', ') || text})\u00a0: false, un nombre de relais, ou une liste de loopback, linklocal, uniquelocal, adresses IP et CIDR`,
    };
  }
  return { value: items };
}
