/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { apiLogin, queryServerDb } from './support/database.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(120_000);

describe('Back-office « Casques » page', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function logIn(page: Page): Promise<void> {
    await page.goto(`${state.baseUrl}/admin`);
    await page.getByLabel('Adresse e-mail').fill(state.adminEmail);
    await page.getByLabel('Mot de passe').fill(state.adminPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('navigation').waitFor();
  }

  it('should pair a headset with the code shown, list it, then refuse its token once revoked when an admin confirms the revocation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const errors = watchErrors(page);
    await logIn(page);

    const navigation = page.getByRole('navigation', { name: 'Pages de l’espace professionnel' });
    expect(await navigation.getByRole('link', { name: 'Profil de compétences' }).isVisible()).toBe(true);
    await navigation.getByRole('link', { name: 'Casques' }).click();
    await page.getByRole('heading', { name: 'Casques', level: 1 }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Casques' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByLabel('Nom du casque').evaluate((e) => e === document.activeElement)).toBe(true);

    // An empty label is refused in French before anything is sent.
    await page.getByRole('button', { name: 'Créer un code d’appairage' }).click();
    await expect(page.locator('#erreur-appairage').textContent()).resolves.toMatch(/Donnez un nom au casque/);
    await screenshot(page, 'admin-casques-01-validation');

    const label = `Casque ${Date.now() % 100_000} — Cité des Métiers`;
    await page.getByLabel('Nom du casque').fill(label);
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
    // The countdown is live: it changes without any action.
    await page.waitForFunction(
      (before) => document.getElementById('expiration-code')?.textContent !== before,
      firstCountdown,
      { timeout: 5_000 },
    );
    await screenshot(page, 'admin-casques-02-code');

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

    // The admin reloads the list and sees the headset (its /me call above counts as its last activity).
    await page.getByRole('button', { name: 'Actualiser la liste' }).click();
    const row = page.locator(`#tableau-casques tr[data-casque="${deviceId}"]`);
    await row.waitFor();
    await expect(row.getByRole('rowheader').textContent()).resolves.toBe(label);
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe('non précisé');
    expect(cells[1]).toMatch(
      /^\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
    );
    await screenshot(page, 'admin-casques-03-liste', true);

    // Revoke: a confirmation dialog first; cancelling keeps the headset.
    await row.getByRole('button', { name: `Révoquer ${label}` }).click();
    const dialog = page.getByRole('dialog', { name: `Révoquer « ${label} » ?` });
    await dialog.waitFor();
    await screenshot(page, 'admin-casques-04-confirmation');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.isVisible()).toBe(true);
    // Escape closes it too, and the focus goes back to the row's button.
    const revokeButton = row.getByRole('button', { name: `Révoquer ${label}` });
    await revokeButton.click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await revokeButton.evaluate((b) => b === document.activeElement)).toBe(true);

    // Keyboard only: Enter opens the dialog (focus on « Annuler »), Tab then Enter confirms.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await row.waitFor({ state: 'detached' });
    await expect(page.locator('#liste-casques').textContent()).resolves.not.toContain(label);
    await screenshot(page, 'admin-casques-05-revoque', true);

    const afterRevocation = await fetch(`${state.baseUrl}/api/v1/devices/me`, {
      headers: { Authorization: `Device ${token}` },
    });
    expect(afterRevocation.status).toBe(401);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show the server’s French message and drop the row when the headset was already revoked elsewhere', async () => {
    const admin = { ...(await apiLogin(state)), 'Content-Type': 'application/json' };
    const [{ id: siteId }] = await queryServerDb<{ id: string }>(state, 'SELECT id FROM sites LIMIT 1');
    const label = `Casque ${Date.now() % 100_000} — Maison de l’emploi`;
    const created = await fetch(`${state.baseUrl}/api/v1/devices/pairing-codes`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ label, siteId }),
    });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    const paired = await fetch(`${state.baseUrl}/api/v1/devices/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(paired.status).toBe(201);
    const { deviceId } = (await paired.json()) as { deviceId: string };

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    await logIn(page);
    await page.getByRole('link', { name: 'Casques' }).click();
    const row = page.locator(`#tableau-casques tr[data-casque="${deviceId}"]`);
    await row.waitFor();
    // Paired but never heard from since.
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('jamais');

    // Another admin revokes it meanwhile.
    const revoked = await fetch(`${state.baseUrl}/api/v1/devices/${deviceId}`, {
      method: 'DELETE',
      headers: admin,
    });
    expect(revoked.status).toBe(204);

    await row.getByRole('button', { name: `Révoquer ${label}` }).click();
    const dialog = page.getByRole('dialog', { name: `Révoquer « ${label} » ?` });
    await dialog.getByRole('button', { name: 'Révoquer' }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('Ce casque n’existe pas ou a déjà été révoqué.', { exact: true }).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await dialog.getByRole('button', { name: 'Révoquer' }).isDisabled()).toBe(true);
    await screenshot(page, 'admin-casques-06-deja-revoque');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('should hide the « Casques » page when the staff member is not an admin', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    await logIn(page);
    // A counsellor's session as the back-office stores it (no API creates counsellors yet).
    await page.evaluate(() => {
      const key = 'eclore.admin.session';
      const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, string>;
      sessionStorage.setItem(key, JSON.stringify({ ...stored, role: 'counsellor' }));
    });
    await page.goto(`${state.baseUrl}/admin#casques`);
    await page.reload();
    await page.getByRole('heading', { name: 'Profil de compétences', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Casques' }).count()).toBe(0);
    expect(await page.locator('#vue-casques').isVisible()).toBe(false);
    await page.close();
  });
});
