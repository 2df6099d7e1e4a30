/// <reference lib="dom" />
// « Mes données »: a visitor plays a visit, answers one question, opens the page the QR code points to (on a
// phone), sees what was stored, erases it after a confirmation, and the code then finds nothing. A counsellor
// erases another visit on request from the profile page.
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { openScenario } from './support/flow.js';
import { playFirstAnswers } from './support/play.js';
import {
  adminClient,
  apiVisit,
  pairedDeviceToken,
  signInBackOffice,
  unexpectedErrors,
} from './support/staff.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(240_000);

const SCENARIO = 'agent-biodechets';
const GAP = 'Cité des Métiers – Gap';
const NOTHING = /^Aucune donnée n’est enregistrée avec ce code/;
const PHONE = { width: 390, height: 844 };

/** Only the expected 404 of a code that finds nothing. */
const unexpected = (errors: string[]) =>
  unexpectedErrors(errors).filter((e) => !/my-data\/lookup$|\/profiles\/\w+$|status of 404/.test(e));

describe('« Mes données » page', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function gapDevice(): Promise<string> {
    const admin = await adminClient(state);
    const sites = await admin.call<{ id: string; name: string }[]>('GET', '/sites');
    const gap = sites.body.find((s) => s.name === GAP)!;
    return (
      await pairedDeviceToken(state.baseUrl, admin, gap.id, `Casque mes données ${Date.now() % 100_000}`)
    ).token;
  }

  async function expectNothingFound(page: Page, code: string): Promise<void> {
    await page.getByLabel('Votre code de suivi').fill(code);
    await page.getByLabel('Votre code de suivi').press('Enter');
    await page.locator('#code-erreur').filter({ hasText: NOTHING }).waitFor();
    await expect(page.locator('#donnees').count()).resolves.toBe(0);
  }

  it('should show a played visit to its visitor from the QR code, erase it after a confirmation, then find nothing', async () => {
    const token = await gapDevice();
    const headset = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await headset.addInitScript((t) => localStorage.setItem('eclore.casque.jeton', t), token);
    await headset.goto(state.baseUrl);
    await headset.getByRole('button', { name: 'Commencer' }).click();
    await openScenario(headset, SCENARIO, 'keyboard');
    await playFirstAnswers(headset);
    await headset.locator('#liste-competences[data-confirme="true"]').waitFor({ timeout: 20_000 });
    // The first question (satisfaction) answered « J’ai adoré », the others skipped.
    await headset.locator('#bouton-continuer-fin').click();
    await headset.locator('#liste-reponses button').first().click();
    await headset.locator('#progression-questions').filter({ hasText: /2/ }).waitFor();
    await headset.locator('#bouton-passer-tout').click();
    await headset.locator('#code-suivi').waitFor();
    const code = ((await headset.locator('#code-suivi').textContent()) ?? '').trim();
    const screen = (await headset.locator('#ecran-code').textContent()) ?? '';
    expect(screen).toContain('«\u00a0Mes données\u00a0»');
    expect(screen).toContain('/mes-donnees');
    await expect(headset.locator('#ecran-code img').getAttribute('alt')).resolves.toContain('Mes données');
    await headset.locator('#synchro[data-attente="0"]').waitFor({ state: 'attached', timeout: 20_000 });
    await headset.close();

    // The visitor's phone opens what the QR code holds.
    const page = await browser.newPage({ viewport: PHONE, locale: 'fr-FR', isMobile: true, hasTouch: true });
    const errors = watchErrors(page);
    await page.goto(`${state.baseUrl}/mes-donnees#code=${code}`);
    const data = page.locator('#donnees');
    await data.waitFor();
    // The code leaves the address bar once read.
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByLabel('Votre code de suivi').inputValue()).resolves.toBe(code);
    const text = (await data.textContent()) ?? '';
    expect(text).toContain('Agent');
    expect(text).toContain(GAP);
    expect(
      await page
        .locator('#reponses div')
        .evaluateAll((divs) =>
          divs.map((d) => [(d as HTMLElement).dataset.question, d.querySelector('dd')?.textContent]),
        ),
    ).toEqual([
      ['satisfaction', 'J’ai adoré'],
      ['gender', 'non répondu'],
      ['ageBand', 'non répondu'],
      ['situation', 'non répondu'],
      ['education', 'non répondu'],
    ]);
    expect(await page.locator('#tableau-competences tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('.a-savoir').textContent()).toMatch(/statistiques anonymes/);
    expect(await page.locator('.a-savoir').textContent()).toMatch(/24\u00a0mois/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'mes-donnees-01-telephone', true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'mes-donnees-02-ordinateur', true);
    await page.setViewportSize(PHONE);

    // Cancel first: nothing is erased; then confirm with the keyboard.
    await page.getByRole('button', { name: 'Effacer mes données' }).click();
    const dialog = page.getByRole('dialog', { name: 'Effacer vos données pour toujours\u202f?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(code);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Annuler');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'mes-donnees-03-confirmation');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(data.count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Effacer mes données' }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#efface').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'efface', undefined, { timeout: 5_000 });
    await expect(data.count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The code now answers like a code that never existed.
    await expectNothingFound(page, code);
    const unknown = await page.locator('#code-erreur').textContent();
    await expectNothingFound(page, 'ZZZZZ-ZZZZZ');
    await expect(page.locator('#code-erreur').textContent()).resolves.toBe(unknown);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'mes-donnees-04-efface');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('should let a counsellor erase a visit on request from the profile page, after a confirmation', async () => {
    const code = await apiVisit(state.baseUrl, await gapDevice(), SCENARIO, 7);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const errors = watchErrors(page);
    await signInBackOffice(page, state.baseUrl, state.adminEmail, state.adminPassword);
    await page.getByLabel('Code de suivi').fill(code);
    await page.getByRole('button', { name: 'Afficher le profil' }).click();
    await page.locator('#profil article').waitFor();
    await page.getByRole('button', { name: 'Effacer la visite…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Effacer cette visite\u202f?' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Effacer définitivement' }).click();
    await page.locator('.toast').filter({ hasText: 'La visite a été effacée.' }).waitFor();
    await expect(page.locator('#profil article').count()).resolves.toBe(0);
    await page.getByLabel('Code de suivi').fill(code);
    await page.getByRole('button', { name: 'Afficher le profil' }).click();
    await page
      .locator('#code-erreur')
      .filter({ hasText: /Aucun parcours ne correspond/ })
      .waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.close();

    // And « Mes données » finds nothing either.
    const visitor = await browser.newPage({ viewport: PHONE, locale: 'fr-FR' });
    await visitor.goto(`${state.baseUrl}/mes-donnees?code=${code}`);
    await visitor.locator('#code-erreur').filter({ hasText: NOTHING }).waitFor();
    await visitor.close();
  });
});
