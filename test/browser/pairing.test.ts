/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { apiLogin, queryServerDb } from './support/database.js';
import { openScenario, skipToFollowUpCode } from './support/flow.js';
import { playFirstAnswers } from './support/play.js';
import { browserTestState } from './support/state.js';
import './support/xr.js';

const SCENARIO = 'technicienne-eolienne';
const SITE = 'Cité des métiers — Gap';

jest.setTimeout(300_000);

describe('Headset pairing from the staff panel', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const PIN = '482916';

  it('should link the visit to the headset paired with the keyboard, and finish it unpaired without losing an event when the headset is revoked mid-visit', async () => {
    const adminToken = await apiLogin(state);
    const [{ id: siteId }] = await queryServerDb<{ id: string }>(
      state,
      'INSERT INTO sites (name) VALUES ($1) RETURNING id',
      [SITE],
    );
    const label = `Casque accueil ${Date.now() % 100_000}`;
    const issued = await fetch(`${state.baseUrl}/api/v1/devices/pairing-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...adminToken },
      body: JSON.stringify({ label, siteId }),
    });
    const { code } = (await issued.json()) as { code: string };

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(state.baseUrl);
    await page.getByRole('button', { name: 'Commencer' }).waitFor();

    // Staff open the panel and type the code with the keyboard only; a wrong code is explained.
    await page.locator('#bouton-personnel').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Espace personnel' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code-appairage');
    await expect(page.locator('#etat-appairage').textContent()).resolves.toBe('Ce casque n’est pas appairé.');
    await page.keyboard.type('000 000');
    await page.keyboard.press('Enter');
    // The staff PIN is chosen when pairing: « Personnel » then asks for it.
    await page.locator('#message-appairage').filter({ hasText: 'code PIN' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pin-appairage');
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await page.locator('#message-appairage').filter({ hasText: 'n’existe pas' }).waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await page
      .locator('#etat-appairage')
      .filter({ hasText: `Casque appairé\u00a0: ${label} (${SITE})` })
      .waitFor();
    await screenshot(page, 'appairage-01-panneau');
    // The token stays on the headset and is never shown.
    const stored = await page.evaluate(() => localStorage.getItem('eclore.casque.jeton'));
    expect(stored).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(await page.locator('body').innerText()).not.toContain(stored);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bouton-personnel');
    // Only a salted hash of the PIN stays on the headset.
    const pinHash = await page.evaluate(() => localStorage.getItem('eclore.casque.pin'));
    expect(pinHash).toMatch(/^pbkdf2\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(pinHash).not.toContain(PIN);

    // A visitor cannot open « Personnel » without the PIN; staff can, online or offline.
    await page.locator('#bouton-personnel').click();
    const askPin = page.getByRole('dialog', { name: 'Espace réservé au personnel' });
    await askPin.waitFor();
    await page.locator('#pin-personnel').fill('0000');
    await page.keyboard.press('Enter');
    await page.locator('#message-pin').filter({ hasText: 'Code PIN incorrect.' }).waitFor();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await screenshot(page, 'appairage-01b-pin');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await askPin.waitFor({ state: 'hidden' });
    await page.context().setOffline(true);
    await page.locator('#bouton-personnel').click();
    await page.locator('#pin-personnel').fill(PIN);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await page.context().setOffline(false);
    await dialog.waitFor({ state: 'hidden' });

    const [{ id: deviceId }] = await queryServerDb<{ id: string }>(
      state,
      'SELECT id FROM devices WHERE label = $1',
      [label],
    );
    await page.getByRole('button', { name: 'Commencer' }).click();
    await openScenario(page, SCENARIO);
    let sessions: { id: string }[] = [];
    for (let i = 0; i < 100 && sessions.length === 0; i++) {
      sessions = await queryServerDb(state, 'SELECT id FROM visitor_sessions WHERE device_id = $1', [
        deviceId,
      ]);
      if (sessions.length === 0) await page.waitForTimeout(100);
    }
    expect(sessions).toHaveLength(1);

    // An admin revokes the headset while the visitor plays on.
    const revoked = await fetch(`${state.baseUrl}/api/v1/devices/${deviceId}`, {
      method: 'DELETE',
      headers: { ...adminToken },
    });
    expect(revoked.status).toBe(204);
    const answers = await playFirstAnswers(page);
    await skipToFollowUpCode(page);
    await page.locator('#synchro[data-attente="0"]').waitFor({ state: 'attached', timeout: 20_000 });

    const [session] = await queryServerDb<{ device_id: string; site_id: string; status: string }>(
      state,
      'SELECT device_id, site_id, status FROM visitor_sessions WHERE id = $1',
      [sessions[0].id],
    );
    expect(session).toEqual({ device_id: deviceId, site_id: siteId, status: 'completed' });
    const [events] = await queryServerDb<{ choices: number; total: number; seqs: number; last: number }>(
      state,
      `SELECT count(*) FILTER (WHERE type = 'choice.made')::int AS choices, count(*)::int AS total,
              count(DISTINCT seq)::int AS seqs, max(seq)::int AS last
         FROM events WHERE session_id = $1`,
      [sessions[0].id],
    );
    expect(events).toEqual({
      choices: answers,
      total: events.last + 1,
      seqs: events.last + 1,
      last: events.last,
    });
    await expect(page.locator('#synchro').getAttribute('data-etat')).resolves.toBe('ok');

    // The headset forgot its token and says so to staff.
    expect(await page.evaluate(() => localStorage.getItem('eclore.casque.jeton'))).toBeNull();
    await page.goto(state.baseUrl);
    await page.locator('#bouton-personnel').click();
    await page.locator('#etat-appairage').filter({ hasText: 'révoqué' }).waitFor();
    await screenshot(page, 'appairage-02-revoque');
    // Only the expected refusals: the wrong code and PIN, the offline PIN check, then the revoked
    // token (retried without it).
    expect(errors.filter((e) => !/\b40[013]\b|ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(e))).toEqual([]);
  });

  it('should pair the headset in VR with the digit keypad opened from the start card', async () => {
    const adminToken = await apiLogin(state);
    const [{ id: siteId }] = await queryServerDb<{ id: string }>(
      state,
      "SELECT id FROM sites WHERE name = 'Cité des Métiers – Gap'",
    );
    const label = `Casque VR ${Date.now() % 100_000}`;
    const issued = await fetch(`${state.baseUrl}/api/v1/devices/pairing-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...adminToken },
      body: JSON.stringify({ label, siteId }),
    });
    expect(issued.status).toBe(201);
    const { code } = (await issued.json()) as { code: string };

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${state.baseUrl}/?emulate=quest3`);
    const enter = page.getByRole('button', { name: 'Entrer en VR' });
    await enter.waitFor({ timeout: 20_000 });
    await enter.click();
    await page.waitForFunction(() => window.__eclore?.presenting(), undefined, { timeout: 20_000 });
    // Point the controller at a 3D key and pull the trigger once the ray is on it.
    const press = async (name: string) => {
      expect({
        name,
        aimed: await page.evaluate((n) => window.__eclore.aimRightController(n), name),
      }).toEqual({
        name,
        aimed: true,
      });
      await page.evaluate(() => window.__eclore.frameMs());
      await page.evaluate(() => window.__eclore.pressTrigger());
    };
    await press('personnel-ouvrir');
    await screenshot(page, 'appairage-03-clavier-vr');
    for (const digit of code.replace('-', '')) await press(`clavier-${digit}`);
    await screenshot(page, 'appairage-04-code-vr');
    await press('clavier-valider');
    await page.waitForFunction(() => localStorage.getItem('eclore.casque.jeton') !== null, undefined, {
      timeout: 10_000,
    });
    const [device] = await queryServerDb<{ label: string }>(
      state,
      'SELECT label FROM devices WHERE revoked_at IS NULL AND label = $1',
      [label],
    );
    expect(device).toEqual({ label });
    await press('clavier-fermer');
    // The keypad is gone, and so is « Personnel »: a paired headset's staff tools need the PIN.
    await expect(page.evaluate(() => window.__eclore.aimRightController('clavier-1'))).resolves.toBe(false);
    await expect(page.evaluate(() => window.__eclore.aimRightController('personnel-ouvrir'))).resolves.toBe(
      false,
    );
    expect(errors).toEqual([]);
  });

  it('should ask for confirmation before unpairing, then revoke the headset on the server', async () => {
    const adminToken = await apiLogin(state);
    const [{ id: siteId }] = await queryServerDb<{ id: string }>(
      state,
      "SELECT id FROM sites WHERE name = 'Cité des Métiers – Gap'",
    );
    const label = `Casque à rendre ${Date.now() % 100_000}`;
    const issued = await fetch(`${state.baseUrl}/api/v1/devices/pairing-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...adminToken },
      body: JSON.stringify({ label, siteId }),
    });
    const { code } = (await issued.json()) as { code: string };
    const listed = async () => {
      const response = await fetch(`${state.baseUrl}/api/v1/devices`, {
        headers: adminToken,
      });
      return ((await response.json()) as { devices: { label: string }[] }).devices.map((d) => d.label);
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(state.baseUrl);
    await page.locator('#bouton-personnel').click();
    await page.locator('#code-appairage').fill(code);
    await page.locator('#pin-appairage').fill(PIN);
    await page.getByRole('button', { name: 'Appairer ce casque' }).click();
    await page.locator('#etat-appairage').filter({ hasText: label }).waitFor();
    expect(await listed()).toContain(label);

    await page.getByRole('button', { name: 'Désappairer ce casque' }).click();
    const confirm = page.getByRole('alertdialog', { name: /Désappairer ce casque/ });
    await confirm.waitFor();
    await screenshot(page, 'appairage-05-confirmation');
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => localStorage.getItem('eclore.casque.jeton'))).not.toBeNull();
    expect(await listed()).toContain(label);

    await page.getByRole('button', { name: 'Désappairer ce casque' }).click();
    await page.getByRole('button', { name: 'Oui, désappairer' }).click();
    await page.locator('#message-appairage').filter({ hasText: 'révoqué sur le serveur' }).waitFor();
    expect(await listed()).not.toContain(label);
    expect(
      await page.evaluate(() => [
        localStorage.getItem('eclore.casque.jeton'),
        localStorage.getItem('eclore.casque.pin'),
      ]),
    ).toEqual([null, null]);
    await expect(page.locator('#etat-appairage').textContent()).resolves.toBe('Ce casque n’est pas appairé.');
    expect(errors).toEqual([]);
    await page.close();
  });
});
