/// <reference lib="dom" />
// Retention in the back-office (issue #12 point 5): an admin changes how long visits are kept,
// runs the purge now and follows it to its result; an expired visit is gone (its code finds
// nothing), a recent one stays. axe-core on the page.
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { queryServerDb } from './support/database.js';
import {
  adminClient,
  apiVisit,
  pairedDeviceToken,
  signInBackOffice,
  unexpectedErrors,
} from './support/staff.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(180_000);

describe('Back-office retention page', () => {
  let browser: Browser;
  let page: Page;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })
    ).newPage();
  });

  afterAll(async () => {
    // The server is shared with the other browser tests: put the defaults back.
    const api = await adminClient(state);
    await api.call('PUT', '/retention', { visitsMonths: 24, auditMonths: 12 });
    await browser?.close();
  });

  it('should save durations, run the purge now and delete only the visit that expired', async () => {
    const errors = watchErrors(page);
    const api = await adminClient(state);
    const sites = (await api.call<{ id: string; name: string }[]>('GET', '/sites')).body;
    const label = `Casque conservation ${Date.now() % 1e5}`;
    const headset = await pairedDeviceToken(state.baseUrl, api, sites[0]!.id, label);
    const expiredCode = await apiVisit(state.baseUrl, headset.token, 'agent-biodechets', 3);
    // Received three years ago (the server's clock decides expiry, not the headset's).
    await queryServerDb(
      state,
      `UPDATE visitor_sessions SET created_at = now() - interval '3 years' WHERE device_id = $1`,
      [headset.deviceId],
    );
    const keptCode = await apiVisit(state.baseUrl, headset.token, 'agent-biodechets', 3);

    await signInBackOffice(page, state.baseUrl, state.adminEmail, state.adminPassword);
    await page.getByRole('link', { name: 'Conservation des données' }).click();
    await page.getByRole('heading', { name: 'Conservation des données', level: 1 }).waitFor();
    const visits = page.getByLabel('Visites (en mois)');
    expect(await visits.inputValue()).toBe('24');

    // A wrong value is explained at the field, nothing is saved.
    await visits.fill('0');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Indiquez un nombre entier de mois, de 1 à 120.').waitFor();
    expect(await visits.getAttribute('aria-invalid')).toBe('true');

    await visits.fill('30');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(/Modifiées le .* par /).waitFor();
    expect(await page.getByText(/reçues il y a plus de 30\u00a0mois/).count()).toBe(1);

    await page.getByRole('button', { name: 'Lancer la purge maintenant' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lancer la purge maintenant ?' });
    await dialog.getByRole('button', { name: 'Lancer la purge' }).click();
    await page.getByText(/^Purge terminée/).waitFor({ timeout: 30_000 });
    await page
      .locator('#derniere-purge', { hasText: /Dernière purge le .*: 1\u00a0visite supprimée/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-retention');

    // The expired visit is gone with its code; the recent one is still found.
    expect((await api.call('GET', `/profiles/${encodeURIComponent(expiredCode)}`)).status).toBe(404);
    expect((await api.call('GET', `/profiles/${encodeURIComponent(keptCode)}`)).status).toBe(200);
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});
