/**
 * Registers the headset's service worker (`/sw.js`, built from client/src/sw/sw.ts) and resolves
 * once it controls the page; null where service workers are unavailable (http on a LAN address,
 * private mode): the app then works online only.
 */
export async function registerServiceWorker(url = '/sw.js'): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  try {
    const registration = await navigator.serviceWorker.register(url, { scope: '/' });
    await navigator.serviceWorker.ready;
    return registration;
  } catch {
    return null;
  }
}

/**
 * Asks the service worker to download and keep `urls` (catalog, story versions, media) for an
 * offline session. Resolves with how many were cached, or null without a service worker.
 */
export async function precacheForOffline(
  urls: string[],
  timeoutMs = 120_000,
): Promise<{ cached: number; failed: number } | null> {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return null;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), timeoutMs);
    channel.port1.onmessage = (event: MessageEvent<{ cached: number; failed: number }>) => {
      clearTimeout(timer);
      resolve({ cached: event.data.cached, failed: event.data.failed });
    };
    worker.postMessage({ type: 'eclore:precache', urls }, [channel.port2]);
  });
}

/**
 * Asks the service worker to drop cached story versions and media that `keep` no longer lists
 * (the catalog pinned new versions). Resolves with how many entries went, or null.
 */
export async function pruneOfflineCache(keep: string[]): Promise<number | null> {
  if (!('serviceWorker' in navigator)) return null;
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return null;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ removed: number }>) => resolve(event.data.removed);
    worker.postMessage({ type: 'eclore:prune', keep }, [channel.port2]);
  });
}

/** What to precache for one scenario: the catalog, its pinned version and the media it lists. */
export function offlineUrlsFor(scenarioId: string, versionId: string, mediaSources: string[]): string[] {
  return [
    '/',
    '/api/v1/catalog',
    `/api/v1/scenarios/${encodeURIComponent(scenarioId)}/versions/${encodeURIComponent(versionId)}`,
    ...mediaSources,
  ];
}
