// Ink runtime paths (`knot.stitch.0.c-1`, `knot.0.g-0`) reduced to the authored knot or stitch.

const GENERATED = /^(\d+|[cg]-\d+|\$r\d*|s\d+|b|\^)$/;

/** `accueil.choix.0.c-2` → `accueil.choix`; `nacelle.0.c-1` → `nacelle`; root content → `''`. */
export function knotPath(runtimePath: string | null | undefined): string {
  if (!runtimePath) return '';
  const parts: string[] = [];
  for (const segment of runtimePath.split('.')) {
    if (GENERATED.test(segment) || segment.startsWith('$')) break;
    parts.push(segment);
    if (parts.length === 2) break;
  }
  return parts.join('.');
}

/** Stable 64-bit FNV-1a hash, as 16 hex digits: line identity when no `# line:` tag is given. */
export function hashId(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
