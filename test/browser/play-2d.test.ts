/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { normalizeFollowUpCode } from '../../engine/src/index.js';
import {
  expectedReplay,
  launchChromium,
  scoresInBackOffice,
  screenshot,
  watchErrors,
} from './support/browser.js';
import { browserTestState } from './support/state.js';
import { openScenario, skipToFollowUpCode } from './support/flow.js';
import { playToEndScreen } from './support/play.js';

const SCENARIO = 'technicienne-eolienne';

jest.setTimeout(180_000);

describe('Headset app in 2D (mouse and keyboard)', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function playToTheEnd(page: Page): Promise<number[]> {
    const choices: number[] = [];
    const answers = page.locator('#liste-choix button');
    await playToEndScreen(
      page,
      async (step) => {
        expect(step).toBe(choices.length);
        const count = await answers.count();
        const position = choices.length % count;
        const index = Number(await answers.nth(position).getAttribute('data-choix'));
        if (choices.length === 1) await screenshot(page, '2d-03-choix');
        // Alternate the ways a visitor answers: digit key, mouse, then Tab + Enter.
        if (choices.length % 3 === 0) {
          await page.keyboard.press(String(position + 1));
        } else if (choices.length % 3 === 1) {
          await answers.nth(position).click();
        } else {
          await answers.nth(position).focus();
          await page.keyboard.press('Enter');
        }
        choices.push(index);
      },
      300,
    );
    return choices;
  }

  it('should show in the back-office the same scores as the engine replay when a visitor plays to the end with mouse and keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(state.baseUrl);
    await page.getByRole('button', { name: 'Commencer' }).waitFor();
    await screenshot(page, '2d-01-accueil');
    // Larger text is a display setting that the rest of the visit keeps.
    const largerText = page.getByRole('button', { name: 'Texte plus grand' });
    await largerText.click();
    await expect(largerText.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).resolves.toBe(
      '22px',
    );
    await page.getByRole('button', { name: 'Commencer' }).click();

    const scenarioButton = page.locator(`button[data-scenario="${SCENARIO}"]`);
    await scenarioButton.waitFor();
    await screenshot(page, '2d-02-catalogue');
    await openScenario(page, SCENARIO, 'keyboard');
    const choices = await playToTheEnd(page);
    expect(choices.length).toBeGreaterThan(0);

    const expected = await expectedReplay(state.baseUrl, SCENARIO, choices);
    expect({ choices: choices.join(','), ended: expected.ended }).toEqual({
      choices: choices.join(','),
      ended: true,
    });
    // The end screen names the three strongest competencies, in the counsellor's profile order,
    // and thanks the character by name and job (not the scenario's title).
    const strongest = Object.entries(expected.scores).filter(([, score]) => score > 0);
    await page.waitForFunction(
      (n) => document.querySelectorAll('#liste-competences li[data-competence]').length === n,
      Math.min(3, strongest.length),
      {
        timeout: 10_000,
      },
    );
    await expect(page.locator('#remerciement').textContent()).resolves.toMatch(
      /^Merci d’avoir rencontré \p{Lu}[\p{L}-]+, \p{Ll}[^«»]+\.$/u,
    );
    await screenshot(page, '2d-04-fin');
    const code = await skipToFollowUpCode(page);
    expect(normalizeFollowUpCode(code)).not.toBeNull();

    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const adminErrors = watchErrors(admin);
    const shown = await scoresInBackOffice(
      admin,
      state.baseUrl,
      { email: state.adminEmail, password: state.adminPassword },
      code,
    );
    await screenshot(admin, '2d-05-back-office', true);
    await admin.emulateMedia({ media: 'print' });
    await screenshot(admin, '2d-06-back-office-impression');
    for (const [competency, score] of Object.entries(expected.scores)) {
      expect({ competency, score: shown[competency]?.score }).toEqual({ competency, score });
    }
    expect(errors).toEqual([]);
    expect(adminErrors).toEqual([]);
  });

  it('should say the code is unknown when a counsellor looks up a code nobody received', async () => {
    const admin = await browser.newPage();
    await admin.goto(`${state.baseUrl}/admin`);
    await admin.getByLabel('Adresse e-mail').fill(state.adminEmail);
    await admin.getByLabel('Mot de passe').fill(state.adminPassword);
    await admin.getByRole('button', { name: 'Se connecter' }).click();
    await admin.getByLabel('Code de suivi').fill('00000-00000');
    await admin.getByRole('button', { name: 'Afficher le profil' }).click();
    await expect(
      admin
        .locator('#code-erreur')
        .filter({ hasText: 'Aucun parcours ne correspond à ce code de suivi.' })
        .waitFor({ timeout: 10_000 }),
    ).resolves.toBeUndefined();
  });
});
