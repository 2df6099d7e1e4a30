/// <reference lib="dom" />
// The kiosk journey around a scenario: the start screen that shows the jobs, the kiosk lock, the
// notice about data and AI before the scenario, the reset for the next visitor when the headset
// is left alone, and what a screen reader gets on each screen.
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { browserTestState } from './support/state.js';

const SCENARIO = 'operateur-tri';

jest.setTimeout(120_000);

describe('Visitor journey on a kiosk', () => {
  const state = browserTestState();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(query = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    await page.goto(`${state.baseUrl}/${query}`);
    await page.getByRole('button', { name: 'Commencer' }).waitFor();
    return page;
  }

  /** Clicks « Suite » until the answers of the first decision show. */
  async function skipToDecision(page: Page): Promise<void> {
    const deadline = Date.now() + 60_000;
    while ((await page.locator('#liste-choix button').count()) === 0) {
      if (Date.now() > deadline) throw new Error('Pas de décision en vue');
      const next = page.locator('#bouton-suite');
      if (await next.isVisible()) await next.click().catch(() => undefined);
      else await page.waitForTimeout(100);
    }
  }

  it('should show the jobs on the start screen and keep the visitor in the app (back, long press)', async () => {
    const page = await open();
    const errors = watchErrors(page);
    await page
      .locator('#vitrine')
      .filter({ hasText: /^À découvrir\u202f: .+ — .+/ })
      .waitFor();
    await screenshot(page, 'flux-01-accueil');
    const url = page.url();
    // The back gesture of a headset or tablet does not leave the app.
    await page.goBack({ timeout: 2_000 }).catch(() => undefined);
    expect(page.url()).toBe(url);
    await expect(page.getByRole('button', { name: 'Commencer' }).isVisible()).resolves.toBe(true);
    // No context menu (long press) to open links or save images.
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.getElementById('titre-accueil')?.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should tell what is recorded and that an AI may rephrase before the scenario, with the focus on its title', async () => {
    const page = await open();
    const errors = watchErrors(page);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.locator(`button[data-scenario="${SCENARIO}"]`).click();
    await page.locator('#bouton-notice').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('titre-notice');
    // What a screen reader reads: only the notice (the hidden screens are not exposed).
    const tree = await page.locator('#interface').ariaSnapshot();
    expect(tree).toContain('heading "Avant de commencer"');
    expect(tree).toMatch(/intelligence\s+artificielle/);
    expect(tree).toContain('jamais votre voix ni votre nom');
    expect(tree).toContain('button "J’ai compris, on commence"');
    expect(tree).not.toContain('Choisissez un métier');
    await screenshot(page, 'flux-02-notice');
    // « Choisir un autre métier » goes back to the picker; nothing has started.
    await page.getByRole('button', { name: 'Choisir un autre métier' }).click();
    await page.locator(`button[data-scenario="${SCENARIO}"]`).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('titre-catalogue');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should ask whether the visitor is still there, keep the visit on any input, then reset for the next visitor', async () => {
    // Short delays for the test: a kiosk uses 3 minutes of quiet, then 30 seconds of warning.
    const page = await open('?inactivite=2&avertissement=6');
    const errors = watchErrors(page);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.locator(`button[data-scenario="${SCENARIO}"]`).click();
    await page.locator('#bouton-notice').click();
    await page.locator('#replique').filter({ hasText: /\S/ }).waitFor();
    // The count waits while the character speaks: up to the first decision, then quiet.
    await skipToDecision(page);

    const warning = page.getByRole('alertdialog', { name: 'Vous êtes toujours là\u202f?' });
    await warning.waitFor({ timeout: 20_000 });
    await expect(page.locator('#texte-veille').textContent()).resolves.toMatch(
      /revient à l’accueil dans \d\u00a0secondes?/,
    );
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('bouton-toujours-la');
    await screenshot(page, 'flux-03-veille');
    await page.getByRole('button', { name: 'Je suis là, je continue' }).click();
    await expect(warning.isHidden()).resolves.toBe(true);
    await expect(page.locator('#interface').getAttribute('data-ecran')).resolves.toBe('jeu');

    // Left alone: the warning comes back, then the start screen, with nothing of the visit left.
    await warning.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Commencer' }).waitFor({ timeout: 10_000 });
    const left = await page.evaluate(() => ({
      screen: document.getElementById('interface')?.dataset.ecran,
      warningHidden: document.getElementById('veille')?.hidden,
      subtitles: document.getElementById('replique')?.textContent,
      notice: document.getElementById('notice-metier')?.textContent,
      focus: document.activeElement?.id,
    }));
    expect(left).toEqual({
      screen: 'accueil',
      warningHidden: true,
      subtitles: '',
      notice: '',
      focus: 'bouton-commencer',
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should not reset a visitor who is still on the start screen', async () => {
    const page = await open('?inactivite=1&avertissement=1');
    await page.waitForTimeout(3_000);
    await expect(page.locator('#veille').isHidden()).resolves.toBe(true);
    await page.close();
  });
});
