// The headset's service worker: the app shell, the catalog, pinned story versions and media stay
// available offline (kiosks with a flaky network). Event writes never go through a cache: the
// IndexedDB outbox (client/src/shared/outbox.ts) keeps them.
import {
  CACHE_PREFIX,
  CONTENT_CACHE,
  MEDIA_CACHE,
  SHELL_CACHE,
  SHELL_URLS,
  parseRange,
  routeRequest,
  type RouteDecision,
} from './routes.js';

// Minimal worker typings (the client's tsconfig has the DOM lib, which excludes them).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

/** Message a page posts to cache content ahead of an offline session (see register.ts). */
export interface PrecacheMessage {
  type: 'eclore:precache';
  urls: string[];
}

/** Message a page posts once the catalog pins new versions: content and media not in `keep` go. */
export interface PruneMessage {
  type: 'eclore:prune';
  keep: string[];
}

const scope = globalThis as unknown as WorkerScope;
const origin = scope.location.origin;

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll(SHELL_URLS);
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set([SHELL_CACHE, CONTENT_CACHE, MEDIA_CACHE]);
      for (const name of await caches.keys())
        if (name.startsWith(CACHE_PREFIX) && !current.has(name)) await caches.delete(name);
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('fetch', (event) => {
  const request = event.request;
  const decision = routeRequest(request.method, new URL(request.url), origin, request.mode);
  if (decision.strategy === 'network-only') return;
  event.respondWith(handle(request, decision));
});

scope.addEventListener('message', (event) => {
  const message = event.data as Partial<PrecacheMessage | PruneMessage> | null;
  const reply = event.ports[0];
  if (message?.type === 'eclore:prune' && Array.isArray(message.keep)) {
    event.waitUntil(
      prune(message.keep).then((removed) => reply?.postMessage({ type: 'eclore:pruned', removed })),
    );
    return;
  }
  if (message?.type !== 'eclore:precache' || !Array.isArray(message.urls)) return;
  event.waitUntil(
    precache(message.urls).then(
      (result) => reply?.postMessage({ type: 'eclore:precached', ...result }),
      () => reply?.postMessage({ type: 'eclore:precached', cached: 0, failed: message.urls!.length }),
    ),
  );
});

async function precache(urls: string[]): Promise<{ cached: number; failed: number }> {
  let cached = 0;
  let failed = 0;
  for (const raw of urls) {
    const url = new URL(raw, origin);
    const decision = routeRequest('GET', url, origin, 'no-cors');
    if (!decision.cache) {
      failed++;
      continue;
    }
    const cache = await caches.open(decision.cache);
    // Immutable entries already cached need no second download.
    if (decision.strategy === 'cache-first' && (await cache.match(url.href))) {
      cached++;
      continue;
    }
    try {
      const response = await fetch(url.href, { cache: 'no-cache' });
      if (!response.ok) throw new Error(String(response.status));
      await cache.put(url.href, response);
      cached++;
    } catch {
      // Offline: an earlier copy still serves the kiosk.
      if (await cache.match(url.href)) cached++;
      else failed++;
    }
  }
  return { cached, failed };
}

/**
 * Drops what the current build and catalog no longer use (former story versions, their media and
 * voice, old hashed assets); returns how many entries went. Static files (`/media/`, controller
 * profiles) stay.
 */
async function prune(keep: string[]): Promise<number> {
  const kept = new Set(keep.map((url) => new URL(url, origin).href));
  let removed = 0;
  for (const name of [SHELL_CACHE, CONTENT_CACHE, MEDIA_CACHE]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      const prunable = path.startsWith('/api/') || path.startsWith('/assets/');
      if (prunable && !kept.has(request.url) && (await cache.delete(request))) removed++;
    }
  }
  return removed;
}

async function handle(request: Request, decision: RouteDecision): Promise<Response> {
  const cache = await caches.open(decision.cache!);
  // Range requests (video) are answered from the full cached body.
  const range = request.headers.get('range');
  const key = range ? new Request(request.url) : request;
  if (decision.strategy === 'cache-first') {
    const hit = await cache.match(key, { ignoreVary: true });
    if (hit) return range ? slice(hit, range) : hit;
    const response = await fetch(key);
    if (response.ok && response.status === 200) await cache.put(key, response.clone());
    return range && response.status === 200 ? slice(response, range) : response;
  }
  try {
    const response = await fetch(request);
    if (response.ok && response.status === 200) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const hit =
      (await cache.match(key, { ignoreVary: true, ignoreSearch: request.mode === 'navigate' })) ??
      (request.mode === 'navigate' ? await cache.match('/') : undefined);
    if (hit) return hit;
    throw error;
  }
}

async function slice(response: Response, header: string): Promise<Response> {
  const body = await response.arrayBuffer();
  const range = parseRange(header, body.byteLength);
  if (!range)
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${body.byteLength}` } });
  return new Response(body.slice(range.start, range.end + 1), {
    status: 206,
    headers: {
      'Content-Type': response.headers.get('Content-Type') ?? 'application/octet-stream',
      'Content-Range': `bytes ${range.start}-${range.end}/${body.byteLength}`,
      'Content-Length': String(range.end - range.start + 1),
    },
  });
}
