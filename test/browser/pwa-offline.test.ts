/// <reference lib="dom" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { hashFollowUpCode } from '../../server/src/modules/sessions/follow-up-code-hash.js';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../support/chromium.js';
import { screenshot, watchErrors } from './support/browser.js';
import { queryServerDb } from './support/database.js';
import { openScenario, skipToFollowUpCode } from './support/flow.js';
import { playFirstAnswers } from './support/play.js';
import { browserTestState } from './support/state.js';

const SCENARIO = 'technicienne-eolienne';

jest.setTimeout(240_000);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('Installable offline headset app', () => {
  const state = browserTestState();
  const profile = mkdtempSync(join(tmpdir(), 'eclore-pwa-profile-'));
  let context: BrowserContext | undefined;

  /** Starts Chromium on the kiosk's profile (its disk: caches, IndexedDB, service worker). */
  async function launch(offline: boolean): Promise<Page> {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_EXECUTABLE,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1280, height: 800 },
    });
    await context.setOffline(offline);
    return context.pages()[0] ?? (await context.newPage());
  }

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('should serve a valid web app manifest with its icons', async () => {
    const response = await fetch(`${state.baseUrl}/manifest.webmanifest`);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as {
      name: string;
      lang: string;
      display: string;
      start_url: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Éclore',
      lang: 'fr',
      display: 'fullscreen',
      start_url: '/',
      theme_color: '#1d5c3f',
    });
    const icons = await Promise.all(
      manifest.icons.map(async (icon) => {
        const image = await fetch(new URL(icon.src, state.baseUrl));
        const [width, height] = pngSize(Buffer.from(await image.arrayBuffer()));
        return {
          sizes: icon.sizes,
          purpose: icon.purpose,
          type: image.headers.get('content-type'),
          width,
          height,
        };
      }),
    );
    expect(icons).toEqual([
      { sizes: '192x192', purpose: 'any', type: 'image/png', width: 192, height: 192 },
      { sizes: '512x512', purpose: 'any', type: 'image/png', width: 512, height: 512 },
      { sizes: '512x512', purpose: 'maskable', type: 'image/png', width: 512, height: 512 },
    ]);
    const page = await launch(false);
    await page.goto(state.baseUrl);
    await expect(page.locator('link[rel="manifest"]').getAttribute('href')).resolves.toBe(
      '/manifest.webmanifest',
    );
    await context!.close();
    context = undefined;
  });

  it('should play a whole visit with the network cut, restart offline from the cache, then store every event exactly once when the network is back', async () => {
    const catalog = (await (await fetch(`${state.baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: unknown[];
    };
    const total = catalog.scenarios.length;

    // 1. Online: the service worker takes control and everything is cached in the background.
    let page = await launch(false);
    const errors = watchErrors(page);
    await page.goto(state.baseUrl);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await page.locator('#bouton-personnel').click();
    await page
      .locator('#etat-hors-ligne')
      .filter({ hasText: `Hors ligne\u00a0: ${total}/${total}\u00a0métiers prêts` })
      .waitFor({ timeout: 120_000 });
    await screenshot(page, 'pwa-01-pret-hors-ligne');
    await page.keyboard.press('Escape');

    // 2. The network goes away; the visitor plays to the follow-up code.
    await context!.setOffline(true);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await openScenario(page, SCENARIO);
    const answers = await playFirstAnswers(page);
    const code = await skipToFollowUpCode(page);
    const waiting = Number(await page.locator('#synchro').getAttribute('data-attente'));
    expect(waiting).toBeGreaterThan(answers);
    const hash = hashFollowUpCode(code);
    expect(
      await queryServerDb(state, 'SELECT id FROM visitor_sessions WHERE follow_up_code_hash = $1', [hash]),
    ).toEqual([]);

    // 3. The kiosk is switched off and on again, still without a network.
    await context!.close();
    page = await launch(true);
    const restartErrors = watchErrors(page);
    await page.goto(state.baseUrl);
    await page.getByRole('button', { name: 'Commencer' }).waitFor();
    await page.locator(`#synchro[data-attente="${waiting}"]`).waitFor({ state: 'attached' });
    await screenshot(page, 'pwa-02-redemarre-hors-ligne');

    // 4. The network comes back: the outbox empties and the server holds the visit once.
    await context!.setOffline(false);
    await page.locator('#synchro[data-attente="0"]').waitFor({ state: 'attached', timeout: 60_000 });
    const [session] = await queryServerDb<{ id: string; status: string }>(
      state,
      'SELECT id, status FROM visitor_sessions WHERE follow_up_code_hash = $1',
      [hash],
    );
    expect(session.status).toBe('completed');
    const [events] = await queryServerDb<{ choices: number; total: number; seqs: number; last: number }>(
      state,
      `SELECT count(*) FILTER (WHERE type = 'choice.made')::int AS choices, count(*)::int AS total,
              count(DISTINCT seq)::int AS seqs, max(seq)::int AS last
         FROM events WHERE session_id = $1`,
      [session.id],
    );
    expect(events).toEqual({
      choices: answers,
      total: events.last + 1,
      seqs: events.last + 1,
      last: events.last,
    });
    expect([...errors, ...restartErrors].filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
