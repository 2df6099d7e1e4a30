/// <reference lib="dom" />
// Per-site catalog (issue #11 point 10): an admin chooses in the Sites page which scenarios a site
// offers; a headset paired to that site lists only those at its start screen. axe-core on the dialog.
import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { launchChromium, screenshot } from './support/browser.js';
import { adminClient, pairedDeviceToken, signInBackOffice } from './support/staff.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(180_000);

describe('Scenarios offered by a site', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  it('should show on a headset of the site only the scenarios the admin left checked', async () => {
    const api = await adminClient(state);
    const name = `Antenne de test ${Date.now() % 1e5}`;
    const site = (await api.call<{ id: string }>('POST', '/sites', { name, city: 'Digne-les-Bains' })).body;
    const headset = await pairedDeviceToken(state.baseUrl, api, site.id, `Casque ${name}`);
    const catalog = (await (await fetch(`${state.baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: { id: string; title: string }[];
    };
    const kept = catalog.scenarios.slice(0, 2);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    await signInBackOffice(page, state.baseUrl, state.adminEmail, state.adminPassword);
    await page.getByRole('link', { name: 'Sites', exact: true }).click();
    await page.getByRole('button', { name: `Scénarios proposés à ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`Scénarios proposés à .{1,2}${name}`) });
    const boxes = dialog.getByRole('checkbox');
    await boxes.first().waitFor();
    expect(await boxes.count()).toBe(catalog.scenarios.length);
    // Nothing checked is refused at once, in French.
    for (const box of await boxes.all()) await box.uncheck();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Cochez au moins un scénario').waitFor();
    for (const scenario of kept)
      await dialog.getByRole('checkbox', { name: new RegExp(`^${scenario.title} — `) }).check();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-site-catalog');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(new RegExp(`proposent 2\u202fscénario`)).waitFor();

    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await visitor.addInitScript((t) => localStorage.setItem('eclore.casque.jeton', t), headset.token);
    await visitor.goto(state.baseUrl);
    await visitor.getByRole('button', { name: 'Commencer' }).click();
    await visitor.locator('button[data-scenario]').first().waitFor();
    const listed = await visitor
      .locator('button[data-scenario]')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.scenario));
    expect(listed.sort()).toEqual(kept.map((s) => s.id).sort());
  });
});
