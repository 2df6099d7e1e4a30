// Which requests the service worker serves from its cache, and how. Pure functions, so the rules
// are readable in one place and the same in the worker and its tests.

export type Strategy =
  /** Immutable content (hashed assets, pinned story versions, media): cache, else network then cache. */
  | 'cache-first'
  /** Changing content the kiosk still needs offline (pages, catalog): network, else the cached copy. */
  | 'network-first'
  /** Never cached: writes, staff and voice routes, anything unknown. */
  | 'network-only';

export const CACHE_PREFIX = 'eclore-';
/** Bumped when the rules change so that old caches are dropped on activation. */
export const CACHE_VERSION = 'v1';
export const SHELL_CACHE = `${CACHE_PREFIX}shell-${CACHE_VERSION}`;
export const CONTENT_CACHE = `${CACHE_PREFIX}content-${CACHE_VERSION}`;
export const MEDIA_CACHE = `${CACHE_PREFIX}media-${CACHE_VERSION}`;

/** Vite's manifest of the built files (client/vite.config.ts), read to precache every chunk. */
export const ASSET_MANIFEST = '/asset-manifest.json';

/** The headset page, cached at install so that a kiosk restarts without a network. */
export const SHELL_URLS = ['/'];

const MEDIA_EXTENSIONS =
  /\.(jpe?g|png|webp|avif|ktx2|mp4|webm|mp3|ogg|opus|wav|m4a|glb|gltf|woff2?|ttf|json)$/i;

export interface RouteDecision {
  strategy: Strategy;
  cache?: string;
}

export function routeRequest(method: string, url: URL, origin: string, mode: string): RouteDecision {
  if (method !== 'GET' || url.origin !== origin) return { strategy: 'network-only' };
  const path = url.pathname;
  if (path.startsWith('/api/')) {
    if (path === '/api/v1/catalog') return { strategy: 'network-first', cache: CONTENT_CACHE };
    // A version id is a content hash: what it names (story, voice clip list) never changes.
    if (/^\/api\/v1\/scenarios\/[^/]+\/versions\/[^/]+(\/voice)?$/.test(path))
      return { strategy: 'cache-first', cache: CONTENT_CACHE };
    if (
      /^\/api\/v1\/(media|audio)\//.test(path) ||
      /^\/api\/v1\/scenarios\/[^/]+\/versions\/[^/]+\/voice\/[^/]+$/.test(path)
    )
      return { strategy: 'cache-first', cache: MEDIA_CACHE };
    return { strategy: 'network-only' };
  }
  // The back-office is staff-only and online.
  if (path === '/admin' || path.startsWith('/admin/')) return { strategy: 'network-only' };
  if (path.startsWith('/assets/')) return { strategy: 'cache-first', cache: SHELL_CACHE };
  // Lists the current build's files: always fresh.
  if (path === ASSET_MANIFEST) return { strategy: 'network-only' };
  if (mode === 'navigate' || path === '/' || path.endsWith('.html'))
    return { strategy: 'network-first', cache: SHELL_CACHE };
  if (path.startsWith('/media/') || MEDIA_EXTENSIONS.test(path))
    return { strategy: 'cache-first', cache: MEDIA_CACHE };
  return { strategy: 'network-only' };
}

/** Parses `bytes=start-end` (one range) against a known length; null when unsatisfiable. */
export function parseRange(header: string, length: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, length - Number(match[2]));
    end = length - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? length - 1 : Math.min(Number(match[2]), length - 1);
  }
  return start <= end && start < length ? { start, end } : null;
}
