/// <reference lib="dom" />
// `/?diagnostic`: what staff read on a real headset, here in the emulated Quest 3: WebXR modes,
// layers, hands, microphone, audio, and frame timing measured from XRFrame timestamps.
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(120_000);

describe('Headset diagnostic page', () => {
  const state = browserTestState();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should report WebXR support, audio and the frame timing of a short VR session', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${state.baseUrl}/?diagnostic&emulate=quest3`);
    await page.locator('html[data-diagnostic="pret"]').waitFor({ timeout: 20_000 });
    const value = (id: string) => page.locator(`tr[data-mesure="${id}"] td`).textContent();
    await expect(value('immersive-vr')).resolves.toBe('oui');
    await expect(value('webxr')).resolves.toBe('oui');
    await expect(value('audio')).resolves.toMatch(/^état (suspended|running), \d+\u00a0Hz$/);
    await expect(value('micro')).resolves.toMatch(/\S/);
    // No visitor interface on this page.
    await expect(page.locator('#ecran-accueil').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /Mesurer les images/ }).click();
    await page
      .locator('#diagnostic-etat')
      .filter({ hasText: 'Mesures terminées.' })
      .waitFor({ timeout: 30_000 });
    const timing = (await value('images')) ?? '';
    const match = /^(\d+) images, moyenne ([\d.]+)\u00a0ms, p95 ([\d.]+)\u00a0ms, (\d+) perdues?/.exec(
      timing,
    );
    expect(match).not.toBeNull();
    const [frames, mean, p95] = [Number(match![1]), Number(match![2]), Number(match![3])];
    expect(frames).toBeGreaterThan(10);
    expect(mean).toBeGreaterThan(0);
    expect(p95).toBeGreaterThanOrEqual(mean * 0.5);
    await screenshot(page, 'headset/diagnostic', true);
    expect(errors).toEqual([]);
  });
});
