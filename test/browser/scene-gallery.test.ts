/// <reference lib="dom" />
// Every scene of every scenario, presented in an emulated Quest 2 (the oldest headset of the fleet):
// a screenshot of each is saved as an artifact (test-results/screenshots/scenes/) and the renderer's
// counters stay within the VR budget of DESIGN §7.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { browserTestState } from './support/state.js';

const NARRATIVES = join(__dirname, '..', '..', 'narratives');
const BUDGET = { calls: 50, triangles: 150_000 };

jest.setTimeout(600_000);

interface SceneInfo {
  scenario: string;
  media: string;
  calls: number;
  triangles: number;
  textures: number;
}

function scenarios(): { id: string; media: string[] }[] {
  return readdirSync(NARRATIVES)
    .filter((id) => existsSync(join(NARRATIVES, id, 'metier.json')))
    .map((id) => {
      const metier = JSON.parse(readFileSync(join(NARRATIVES, id, 'metier.json'), 'utf8')) as {
        media: Record<string, unknown>;
      };
      return { id, media: Object.keys(metier.media) };
    });
}

describe('Every scene of the bank in an emulated Quest 2', () => {
  const state = browserTestState();
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    errors = watchErrors(page);
    await page.goto(`${state.baseUrl}/?emulate=quest2`);
    await page.getByRole('button', { name: 'Entrer en VR' }).click();
    await page.waitForFunction(() => window.__eclore?.presenting(), undefined, { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should draw each scene within the Quest budget and save a screenshot of it', async () => {
    const seen: SceneInfo[] = [];
    for (const { id, media } of scenarios()) {
      // The 2D overlay (under the presented canvas) drives the picker, as the VR bench does.
      for (const selector of ['#bouton-commencer', `button[data-scenario="${id}"]`, '#bouton-notice']) {
        await page.waitForSelector(selector, { state: 'attached', timeout: 20_000 });
        await page.evaluate((s) => document.querySelector<HTMLButtonElement>(s)?.click(), selector);
      }
      await page.waitForFunction(() => window.__eclore.screen() === 'jeu', undefined, { timeout: 20_000 });
      for (const mediaId of media) {
        expect({
          id,
          mediaId,
          shown: await page.evaluate((m) => window.__eclore.showMedia(m), mediaId),
        }).toEqual({
          id,
          mediaId,
          shown: true,
        });
        const info = await page.evaluate(() => window.__eclore.renderInfo());
        seen.push({
          scenario: id,
          media: mediaId,
          calls: info.calls,
          triangles: info.triangles,
          textures: info.textures,
        });
        await screenshot(page, join('scenes', `${id}--${mediaId}`));
      }
      await page.evaluate(() => window.__eclore.reset());
    }
    console.log(
      `${seen.length} scenes: max ${Math.max(...seen.map((s) => s.calls))} draw calls, ` +
        `${Math.max(...seen.map((s) => s.triangles))} triangles, ${Math.max(...seen.map((s) => s.textures))} textures`,
    );
    expect(seen.length).toBeGreaterThanOrEqual(30);
    const over = seen.filter((s) => s.calls > BUDGET.calls || s.triangles > BUDGET.triangles);
    expect(over).toEqual([]);
    expect(errors).toEqual([]);
  });
});
