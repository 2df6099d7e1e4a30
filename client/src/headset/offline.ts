// Keeps the kiosk usable without a network: registers the service worker, then, in the
// background, has it keep the app's files, the catalog, every pinned story version, the media its
// métier lists and its voice clips. Versions the catalog no longer pins are dropped.
import type { Catalog, CatalogEntry, ScenarioVersion } from '../shared/api-types.js';
import { HttpError, requestJson } from '../shared/http.js';
import {
  offlineUrlsFor,
  precacheForOffline,
  pruneOfflineCache,
  registerServiceWorker,
} from '../sw/register.js';
import { ASSET_MANIFEST } from '../sw/routes.js';

const IDLE_POLL_MS = 2000;
/** URLs per message to the worker: a visit that starts waits for one batch at most. */
const BATCH = 8;

export interface OfflineState {
  /** `indisponible`: no service worker (plain http on a LAN address, private mode). */
  status: 'indisponible' | 'preparation' | 'pret' | 'incomplet';
  /** Métiers whose content is all in the cache. */
  ready: number;
  total: number;
}

interface ManifestChunk {
  file: string;
  css?: string[];
  assets?: string[];
  imports?: string[];
  dynamicImports?: string[];
}

/** Every built file the headset page may load, lazy chunks included (Vite's manifest). */
async function shellUrls(): Promise<string[]> {
  const manifest = await requestJson<Record<string, ManifestChunk>>(ASSET_MANIFEST);
  const files = new Set<string>(['/']);
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(`/${file}`);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit('index.html');
  return [...files];
}

/** The voice list of a version and its clips; none where the server has no voice (404, 503). */
async function voiceUrls(versionUrl: string): Promise<string[]> {
  try {
    const { clips } = await requestJson<{ clips: { key: string; url: string }[] }>(`${versionUrl}/voice`);
    return [`${versionUrl}/voice`, ...clips.map((clip) => clip.url)];
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 503)) return [];
    throw error;
  }
}

async function scenarioUrls(entry: CatalogEntry): Promise<string[]> {
  const versionUrl = `/api/v1/scenarios/${encodeURIComponent(entry.id)}/versions/${encodeURIComponent(entry.versionId)}`;
  const version = await requestJson<ScenarioVersion>(versionUrl);
  const media = Object.values(version.metier.media ?? {}).flatMap((item) =>
    'src' in item && typeof item.src === 'string' ? [new URL(item.src, `${location.origin}/`).pathname] : [],
  );
  return offlineUrlsFor(entry.id, entry.versionId, [...media, ...(await voiceUrls(versionUrl))]);
}

export class OfflineCache {
  private state: OfflineState = { status: 'preparation', ready: 0, total: 0 };
  private readonly listeners = new Set<(state: OfflineState) => void>();
  private running: Promise<void> | null = null;

  /** Between two downloads, waits until the kiosk is idle. */
  private constructor(private readonly idle: () => boolean) {}

  /**
   * Registers the worker and prepares the cache now and each time the network comes back, one
   * métier at a time while `idle()` (the start screen), so that downloads (and the server's first
   * rendering of voice clips) never compete with a visit.
   */
  static start(idle: () => boolean): OfflineCache {
    const cache = new OfflineCache(idle);
    void cache.prepare();
    addEventListener('online', () => void cache.prepare());
    return cache;
  }

  /** Listener called now and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: OfflineState) => void): () => void {
    this.listeners.add(listener);
    listener({ ...this.state });
    return () => this.listeners.delete(listener);
  }

  prepare(): Promise<void> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  private async whenIdle(): Promise<void> {
    while (!this.idle()) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
  }

  private update(patch: Partial<OfflineState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener({ ...this.state });
  }

  private async run(): Promise<void> {
    if (!(await registerServiceWorker())) {
      this.update({ status: 'indisponible' });
      return;
    }
    this.update({ status: 'preparation' });
    const keep: string[] = [];
    // Dropping entries is safe only when everything to keep is known.
    let complete = true;
    try {
      const shell = await shellUrls();
      await precacheForOffline(shell);
      keep.push(...shell);
    } catch {
      complete = false;
    }
    let catalog: Catalog;
    try {
      catalog = await requestJson<Catalog>('/api/v1/catalog');
    } catch {
      this.update({ status: 'incomplet' });
      return;
    }
    this.update({ total: catalog.scenarios.length, ready: 0 });
    let ready = 0;
    for (const entry of catalog.scenarios) {
      try {
        await this.whenIdle();
        const urls = await scenarioUrls(entry);
        keep.push(...urls);
        let failed = 0;
        for (let i = 0; i < urls.length; i += BATCH) {
          await this.whenIdle();
          failed += (await precacheForOffline(urls.slice(i, i + BATCH)))?.failed ?? 1;
        }
        if (failed === 0) this.update({ ready: ++ready });
      } catch {
        complete = false;
      }
    }
    if (complete) await pruneOfflineCache(keep);
    this.update({ status: ready === catalog.scenarios.length ? 'pret' : 'incomplet' });
  }
}
