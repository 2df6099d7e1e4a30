/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { adminClient, signInBackOffice, unexpectedErrors } from './support/staff.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(120_000);

const GAP = 'Cité des Métiers – Gap';

describe('Back-office « Casques » page', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openDevices(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const errors = watchErrors(page);
    await signInBackOffice(page, state.baseUrl, state.adminEmail, state.adminPassword);
    const navigation = page.getByRole('navigation', { name: 'Pages de l’espace professionnel' });
    await navigation.getByRole('link', { name: 'Casques' }).click();
    await page.getByRole('heading', { name: 'Casques', level: 1 }).waitFor();
    await page.locator('#tableau-casques, #liste-casques [role="status"]').first().waitFor();
    return { page, errors };
  }

  it('should pair a headset of a site with the code shown, list it, then refuse its token once revoked when an admin confirms the revocation', async () => {
    const { page, errors } = await openDevices();
    const navigation = page.getByRole('navigation', { name: 'Pages de l’espace professionnel' });
    expect(await navigation.getByRole('link', { name: 'Casques' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByLabel('Nom du casque').evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Empty label and no site: both refused in French, tied to their fields, before anything is sent.
    await page.getByRole('button', { name: 'Créer un code d’appairage' }).click();
    await expect(page.locator('#nom-casque-erreur').textContent()).resolves.toMatch(
      /Donnez un nom au casque/,
    );
    await expect(page.getByLabel('Nom du casque').getAttribute('aria-describedby')).resolves.toContain(
      'nom-casque-erreur',
    );
    await expect(page.locator('#site-casque-erreur').textContent()).resolves.toBe(
      'Choisissez le site où le casque servira.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin/casques-01-validation');

    const label = `Casque ${Date.now() % 100_000} — Gap`;
    await page.getByLabel('Nom du casque').fill(label);
    await page.getByLabel('Site du casque').selectOption({ label: GAP });
    await page.getByRole('button', { name: 'Créer un code d’appairage' }).click();
    const codeValue = page.locator('#code-valeur');
    await codeValue.waitFor();
    const code = (await codeValue.textContent())?.trim() ?? '';
    expect(code).toMatch(/^\d{3}-\d{3}$/);
    await expect(page.locator('#code-appairage').textContent()).resolves.toContain(
      'Sur le casque, ouvrez Éclore, puis Personnel (en bas à gauche de l’accueil) › Appairer ce casque, et saisissez ce code.',
    );
    const firstCountdown = (await page.locator('#expiration-code').textContent()) ?? '';
    expect(firstCountdown).toMatch(/^expire dans (9|10)\u00a0min \d{1,2}\u00a0s$/);
    await page.waitForFunction(
      (before) => document.getElementById('expiration-code')?.textContent !== before,
      firstCountdown,
      { timeout: 5_000 },
    );
    await screenshot(page, 'admin/casques-02-code');

    // The test plays the headset: it exchanges the code for its token.
    const paired = await fetch(`${state.baseUrl}/api/v1/devices/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(paired.status).toBe(201);
    const { deviceId, token } = (await paired.json()) as { deviceId: string; token: string };
    const me = await fetch(`${state.baseUrl}/api/v1/devices/me`, {
      headers: { Authorization: `Device ${token}` },
    });
    expect(me.status).toBe(200);

    await page.getByRole('button', { name: 'Actualiser la liste' }).click();
    const row = page.locator(`#tableau-casques tr[data-casque="${deviceId}"]`);
    await row.waitFor();
    await expect(row.getByRole('rowheader').textContent()).resolves.toBe(label);
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe(GAP);
    expect(cells[1]).toMatch(
      /^\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin/casques-03-liste', true);

    // Revoke: a confirmation dialog first; cancelling keeps the headset.
    await row.getByRole('button', { name: `Révoquer ${label}` }).click();
    const dialog = page.getByRole('dialog', { name: `Révoquer « ${label} »\u202f?` });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin/casques-04-confirmation');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.isVisible()).toBe(true);
    // Escape closes it too, and the focus goes back to the row's button.
    const revokeButton = row.getByRole('button', { name: `Révoquer ${label}` });
    await revokeButton.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await revokeButton.evaluate((b) => b === document.activeElement)).toBe(true);

    // Keyboard only: Enter opens the dialog (focus on « Annuler »), Tab then Enter confirms.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(
      await dialog.getByRole('button', { name: 'Annuler' }).evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await row.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `« ${label} » est révoqué.` })
      .waitFor();
    await screenshot(page, 'admin/casques-05-revoque', true);

    const afterRevocation = await fetch(`${state.baseUrl}/api/v1/devices/me`, {
      headers: { Authorization: `Device ${token}` },
    });
    expect(afterRevocation.status).toBe(401);
    expect(unexpectedErrors(errors)).toEqual([]);
    await page.close();
  });

  it('should show the server’s French message and drop the row when the headset was already revoked elsewhere', async () => {
    const admin = await adminClient(state);
    const sites = await admin.call<{ id: string; name: string }[]>('GET', '/sites');
    const siteId = sites.body.find((s) => s.name === GAP)!.id;
    const label = `Casque ${Date.now() % 100_000} — Maison de l’emploi`;
    const created = await admin.call<{ code: string }>('POST', '/devices/pairing-codes', { label, siteId });
    expect(created.status).toBe(201);
    const paired = await fetch(`${state.baseUrl}/api/v1/devices/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: created.body.code }),
    });
    const { deviceId } = (await paired.json()) as { deviceId: string };

    const { page } = await openDevices();
    const row = page.locator(`#tableau-casques tr[data-casque="${deviceId}"]`);
    await row.waitFor();
    // Paired but never heard from since.
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('jamais');

    expect((await admin.call('DELETE', `/devices/${deviceId}`)).status).toBe(204);

    await row.getByRole('button', { name: `Révoquer ${label}` }).click();
    const dialog = page.getByRole('dialog', { name: `Révoquer « ${label} »\u202f?` });
    await dialog.getByRole('button', { name: 'Révoquer' }).click();
    await dialog
      .getByRole('alert')
      .getByText('Ce casque n’existe pas ou a déjà été révoqué.', { exact: true })
      .waitFor();
    await row.waitFor({ state: 'detached' });
    await screenshot(page, 'admin/casques-06-deja-revoque');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
  });
});
