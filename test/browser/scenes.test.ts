/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { browserTestState } from './support/state.js';
import { pointAndClick } from './support/xr.js';

jest.setTimeout(420_000);

// operateur-tri: the sorting cabin is a 360 video, the bale stock a 360 photo (narratives/operateur-tri/media).
const SCENARIO = 'operateur-tri';

const backdrop = (page: Page) => page.evaluate(() => window.__eclore.backdrop());
const blackouts = async (page: Page) => (await page.evaluate(() => window.__eclore.fade()))?.blackouts ?? 0;

/** Plays on (skipping lines, taking the first choice) until `reached` says so. */
async function playUntil(page: Page, reached: () => Promise<boolean>): Promise<void> {
  for (let turn = 0; turn < 200; turn++) {
    if (await reached()) return;
    const driver = await page.evaluate(() => ({
      choices: window.__eclore.choiceCount(),
      canSkip: window.__eclore.canSkip(),
      step: window.__eclore.step(),
    }));
    if (driver.choices > 0) {
      await pointAndClick(page, 'choix-1');
      await page.waitForFunction((step) => window.__eclore.step() > step, driver.step);
    } else if (driver.canSkip) await pointAndClick(page, 'suite');
    else await page.waitForTimeout(200);
  }
  throw new Error('Scene not reached');
}

const showing = (page: Page, kind: 'photo360' | 'video360') => async () =>
  (await backdrop(page))?.kind === kind;

/** Enters VR on the start page, then picks the scenario in the headset (sector, job, notice). */
async function openInHeadset(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/?emulate=quest3`);
  const enter = page.getByRole('button', { name: 'Entrer en VR' });
  await enter.waitFor({ timeout: 20_000 });
  await enter.click();
  await page.waitForFunction(() => window.__eclore?.presenting(), undefined, { timeout: 20_000 });
  await page.waitForFunction(() => window.__eclore.card() !== null && window.__eclore.choiceCount() > 0);
  await pointAndClick(page, 'action-carte');
  const catalog = (await (await fetch(`${baseUrl}/api/v1/catalog`)).json()) as {
    scenarios: { id: string; sector: string }[];
  };
  const sectors = [...new Set(catalog.scenarios.map((s) => s.sector))];
  const sector = catalog.scenarios.find((s) => s.id === SCENARIO)!.sector;
  await page.waitForFunction(() => window.__eclore.card()?.title === 'Choisissez un secteur', undefined, {
    timeout: 20_000,
  });
  await pointAndClick(page, `choix-${sectors.indexOf(sector) + 1}`);
  const jobs = catalog.scenarios.filter((s) => s.sector === sector);
  await page.waitForFunction((n) => window.__eclore.choiceCount() === n, jobs.length);
  await pointAndClick(page, `choix-${jobs.findIndex((s) => s.id === SCENARIO) + 1}`);
  await page.waitForFunction(() => window.__eclore.screen() === 'notice');
  await pointAndClick(page, 'action-carte');
  await page.waitForFunction(() => window.__eclore.screen() === 'jeu', undefined, { timeout: 20_000 });
}

describe('360 scenes in an emulated Quest 3', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should show the 360 video then the 360 photo of the sorting centre through fades, seated, within budget', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await openInHeadset(page, state.baseUrl);
    // Seated by default, whatever the emulated visitor's height.
    await expect(page.evaluate(() => window.__eclore.calibrateHeight('seated'))).resolves.toBeCloseTo(1.2, 1);

    // The scenario opens from black on its first 3D environment.
    await page.waitForFunction(() => window.__eclore.fade()?.opacity === 0);
    expect(await backdrop(page)).toMatchObject({ preset: 'centre-tri', kind: null, texture: null });
    await screenshot(page, 'scenes-01-hall-3d');
    const colours3d = await page.evaluate(() => window.__eclore.viewColours());

    // The sorting cabin: a 360 video on the sphere (IWER has no media layers), playing.
    let before = await blackouts(page);
    await playUntil(page, showing(page, 'video360'));
    await page.waitForFunction(
      (n) => window.__eclore.fade()!.blackouts > n && window.__eclore.fade()!.opacity === 0,
      before,
    );
    const video = (await backdrop(page))!;
    expect(video).toMatchObject({
      kind: 'video360',
      videoPath: 'texture',
      texture: { width: 1280, height: 640 },
    });
    await page.waitForFunction((t) => (window.__eclore.backdrop()?.videoTime ?? 0) > t, video.videoTime ?? 0);
    await screenshot(page, 'scenes-02-cabine-video360');
    const coloursVideo = await page.evaluate(() => window.__eclore.viewColours());
    const videoInfo = await page.evaluate(() => window.__eclore.renderInfo());

    // The bale stock: a 360 photo, the previous video's texture freed.
    before = await blackouts(page);
    await playUntil(page, showing(page, 'photo360'));
    await page.waitForFunction(
      (n) => window.__eclore.fade()!.blackouts > n && window.__eclore.fade()!.opacity === 0,
      before,
    );
    expect(await backdrop(page)).toMatchObject({
      kind: 'photo360',
      videoPath: null,
      videoTime: null,
      texture: { width: 2048, height: 1024 },
    });
    await screenshot(page, 'scenes-03-stock-photo360');
    const coloursPhoto = await page.evaluate(() => window.__eclore.viewColours());
    console.log(`scenes: distinct colours 3D ${colours3d}, video ${coloursVideo}, photo ${coloursPhoto}`);
    // The sphere really shows the pictures: far more shades than the flat-shaded 3D set.
    expect(coloursVideo).toBeGreaterThan(colours3d);
    expect(coloursPhoto).toBeGreaterThan(colours3d);
    const photoInfo = await page.evaluate(() => window.__eclore.renderInfo());

    // DESIGN §7 budgets (per frame: draw calls and triangles; textures alive).
    for (const info of [videoInfo, photoInfo]) {
      expect(info.calls).toBeLessThanOrEqual(50);
      expect(info.triangles).toBeLessThanOrEqual(150_000);
    }
    console.log(`scenes: video ${JSON.stringify(videoInfo)}, photo ${JSON.stringify(photoInfo)}`);

    // « Recalibrer la hauteur »: standing, then seated again.
    await expect(page.evaluate(() => window.__eclore.calibrateHeight('standing'))).resolves.toBeCloseTo(
      1.6,
      1,
    );
    await expect(page.evaluate(() => window.__eclore.calibrateHeight('seated'))).resolves.toBeCloseTo(1.2, 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep the 3D sorting centre, not a black void, when the 360 video cannot be loaded', async () => {
    // No service worker: it would serve the video from its cache, past the failing route.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.route(/\/api\/v1\/media\/[0-9a-f]{64}\.webm$/, (route) => route.abort());
    await openInHeadset(page, state.baseUrl);
    await playUntil(page, async () =>
      page.evaluate(() => /cabine vitrée/.test(window.__eclore.subtitle()?.text ?? '')),
    );
    await page.waitForFunction(
      () => window.__eclore.fade()!.blackouts >= 2 && window.__eclore.fade()!.opacity === 0,
    );
    expect(await backdrop(page)).toMatchObject({ preset: 'centre-tri', kind: null, texture: null });
    await screenshot(page, 'scenes-04-cabine-repli-3d');
    await context.close();
  });
});
