/// <reference lib="dom" />
// Every scene of every scenario, presented in an emulated Quest 2 (the oldest headset of the fleet):
// a screenshot of each is saved as an artifact (test-results/screenshots/scenes/) and the renderer's
// counters stay within the VR budget of DESIGN §7.
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SCREENSHOT_DIR, screenshot, watchErrors } from './support/browser.js';
import { browserTestState } from './support/state.js';

const NARRATIVES = join(__dirname, '..', '..', 'narratives');
const BUDGET = { calls: 50, triangles: 150_000 };

jest.setTimeout(600_000);

interface SceneInfo {
  scenario: string;
  media: string;
  preset: string;
  calls: number;
  triangles: number;
  textures: number;
}

function scenarios(): { id: string; media: string[]; presets: Record<string, string> }[] {
  return readdirSync(NARRATIVES)
    .filter((id) => existsSync(join(NARRATIVES, id, 'metier.json')))
    .map((id) => {
      const metier = JSON.parse(readFileSync(join(NARRATIVES, id, 'metier.json'), 'utf8')) as {
        media: Record<string, { type: string; preset?: string }>;
      };
      const presets = Object.fromEntries(
        Object.entries(metier.media).map(([key, m]) => [key, m.preset ?? m.type]),
      );
      return { id, media: Object.keys(metier.media), presets };
    });
}

/** Picks a scenario in the 2D overlay (as the bench does, also under a presented canvas). */
async function openScenario(page: Page, id: string): Promise<void> {
  for (const selector of ['#bouton-commencer', `button[data-scenario="${id}"]`, '#bouton-notice']) {
    await page.waitForSelector(selector, { state: 'attached', timeout: 20_000 });
    await page.evaluate((s) => document.querySelector<HTMLButtonElement>(s)?.click(), selector);
  }
  await page.waitForFunction(() => window.__eclore.screen() === 'jeu', undefined, { timeout: 20_000 });
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
    for (const { id, media, presets } of scenarios()) {
      await openScenario(page, id);
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
          preset: presets[mediaId],
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
    // The per-scene figures, for the closing note beside the screenshots.
    mkdirSync(join(SCREENSHOT_DIR, 'scenes'), { recursive: true });
    writeFileSync(
      join(SCREENSHOT_DIR, 'scenes', 'figures.md'),
      [
        '| scenario / media | preset | draw calls | triangles | textures |',
        '|---|---|---|---|---|',
        ...seen.map(
          (s) => `| ${s.scenario} / ${s.media} | ${s.preset} | ${s.calls} | ${s.triangles} | ${s.textures} |`,
        ),
      ].join('\n') + '\n',
    );
    expect(seen.length).toBeGreaterThanOrEqual(30);
    const over = seen.filter((s) => s.calls > BUDGET.calls || s.triangles > BUDGET.triangles);
    expect(over).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Every scene of the bank in 2D, beside the dialogue panel', () => {
  const state = browserTestState();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['a laptop', 960, 540],
    ['a phone', 390, 844],
  ])('should keep the characters above the panel on %s', async (_what, width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors = watchErrors(page);
    await page.goto(`${state.baseUrl}/?emulate=quest2`);
    const hidden: { id: string; panelTop: number; characters: object }[] = [];
    for (const { id } of scenarios()) {
      // The opening scene of each scenario, once it has faded in and the first line is shown.
      await openScenario(page, id);
      await page.waitForFunction(
        () =>
          (document.getElementById('replique')?.textContent ?? '') !== '' &&
          window.__eclore.fade()?.opacity === 0,
      );
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const panelTop = await page.evaluate(
        () => document.querySelector('#ecran-jeu .dialogue')!.getBoundingClientRect().top,
      );
      const characters = await page.evaluate(() => window.__eclore.charactersOnScreen());
      const [lead, ...others] = characters;
      const visible =
        characters.length === 0 ||
        (lead.head > 0 && lead.chest < panelTop && others.every((c) => c.head > 0 && c.head < panelTop));
      if (!visible) hidden.push({ id, panelTop, characters });
      await screenshot(page, join(`scenes-2d-${width}x${height}`, id));
      await page.evaluate(() => window.__eclore.reset());
    }
    expect(hidden).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
