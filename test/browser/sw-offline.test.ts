import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { bundleForBrowser } from '../support/bundle.js';
import { browserTestState } from './support/state.js';

// What the bundle exposes on the page (typed by hand: the client sources use DOM types).
interface SwLib {
  registerServiceWorker(): Promise<unknown>;
  precacheForOffline(urls: string[]): Promise<unknown>;
  offlineUrlsFor(scenarioId: string, versionId: string, media: string[]): string[];
}
interface PageGlobals {
  SwLib: SwLib;
  navigator: {
    serviceWorker: {
      controller: unknown;
      addEventListener(type: string, listener: (value: unknown) => void, options: object): void;
    };
  };
}

const media = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));
const page = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Éclore casque</title>
<script src="/assets/app-1a2b3c.js"></script><p id="ok">Bienvenue</p></html>`;

/**
 * Serves the kiosk's origin: a page, the worker, a hashed asset and media, and forwards `/api` to
 * the real app started by global-setup. Closing it cuts the kiosk off the network.
 */
async function startOrigin(
  apiBase: string,
  files: Record<string, [string, string | Buffer]>,
): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const file = files[path];
    if (file) {
      res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-cache' });
      res.end(file[1]);
      return;
    }
    if (path.startsWith('/api/')) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const upstream = await fetch(`${apiBase}${req.url}`, {
        method: req.method,
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        body: req.method === 'GET' ? undefined : Buffer.concat(chunks),
      });
      res.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/json',
      });
      res.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

describe('service worker', () => {
  const state = browserTestState();
  let browser: Browser;
  let server: Server | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
  });

  it('should serve the page, catalog, story version and media when the kiosk has lost the network', async () => {
    const catalog = (await (await fetch(`${state.baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: { id: string; versionId: string }[];
    };
    const { id, versionId } = catalog.scenarios[0];
    const started = await startOrigin(state.baseUrl, {
      '/': ['text/html; charset=utf-8', page],
      '/sw.js': ['text/javascript', bundleForBrowser('client/src/sw/sw.ts', 'EcloreSw')],
      '/assets/app-1a2b3c.js': ['text/javascript', bundleForBrowser('client/src/sw/register.ts', 'SwLib')],
      '/media/scene.mp4': ['video/mp4', media],
    });
    server = started.server;
    const { origin } = started;

    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/`);
    const precached = await tab.evaluate(
      async ({ id, versionId }) => {
        const lib = (globalThis as unknown as PageGlobals).SwLib;
        const sw = (globalThis as unknown as PageGlobals).navigator.serviceWorker;
        await lib.registerServiceWorker();
        if (!sw.controller)
          await new Promise((resolve) => sw.addEventListener('controllerchange', resolve, { once: true }));
        return lib.precacheForOffline([
          ...lib.offlineUrlsFor(id, versionId, ['/media/scene.mp4']),
          '/assets/app-1a2b3c.js',
        ]);
      },
      { id, versionId },
    );
    expect(precached).toEqual({ cached: 5, failed: 0 });

    // The network goes away: nothing answers at the kiosk's origin any more.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;

    await tab.reload();
    await expect(tab.textContent('#ok')).resolves.toBe('Bienvenue');
    const offline = await tab.evaluate(
      async ({ id, versionId }) => {
        const catalog = (await (await fetch('/api/v1/catalog')).json()) as { scenarios: { id: string }[] };
        const version = (await (await fetch(`/api/v1/scenarios/${id}/versions/${versionId}`)).json()) as {
          versionId: string;
          story: unknown;
        };
        const ranged = await fetch('/media/scene.mp4', { headers: { Range: 'bytes=100-109' } });
        const bytes = [...new Uint8Array(await ranged.arrayBuffer())];
        let write = 'sent';
        try {
          await fetch('/api/v1/sessions', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          });
        } catch {
          write = 'failed';
        }
        return {
          catalogIds: catalog.scenarios.map((s) => s.id),
          versionId: version.versionId,
          hasStory: typeof version.story === 'object' && version.story !== null,
          range: { status: ranged.status, contentRange: ranged.headers.get('content-range'), bytes },
          write,
          swLib: typeof (globalThis as unknown as PageGlobals).SwLib,
        };
      },
      { id, versionId },
    );
    expect(offline).toEqual({
      catalogIds: catalog.scenarios.map((s) => s.id),
      versionId,
      hasStory: true,
      range: { status: 206, contentRange: 'bytes 100-109/4096', bytes: [...media.subarray(100, 110)] },
      write: 'failed',
      swLib: 'object',
    });
    await context.close();
  }, 60_000);
});
