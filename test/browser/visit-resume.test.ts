/// <reference lib="dom" />
// A visit survives a reload or a crash: the story state and the journey step are saved on the
// device at each turn; a reload resumes at the same line and the visit ends with the same
// scores as an uninterrupted one. The kiosk's reset for the next visitor forgets it; outside
// kiosk mode, leaving mid-visit asks first.
import type { Browser, Page } from 'playwright-core';
import {
  expectedReplay,
  launchChromium,
  scoresInBackOffice,
  screenshot,
  watchErrors,
} from './support/browser.js';
import { queryServerDb } from './support/database.js';
import { openScenario, skipToFollowUpCode } from './support/flow.js';
import { playToEndScreen } from './support/play.js';
import { browserTestState } from './support/state.js';

const SCENARIO = 'agent-biodechets';

jest.setTimeout(240_000);

describe('Visit saved on the headset', () => {
  const state = browserTestState();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Skips lines until decision `step` is offered, then answers it with the first answer. */
  async function answerDecision(page: Page, step: number): Promise<number> {
    for (let i = 0; i < 200; i++) {
      if ((await page.locator('#liste-choix').getAttribute('data-etape')) === String(step)) {
        const index = Number(await page.locator('#liste-choix button').first().getAttribute('data-choix'));
        await page.keyboard.press('1');
        return index;
      }
      await page
        .locator('#bouton-suite')
        .click({ timeout: 500 })
        .catch(() => undefined);
    }
    throw new Error(`Decision ${step} never offered`);
  }

  it('should resume at the same line after a reload and end with the scores of the whole path', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    const errors = watchErrors(page);
    await page.goto(state.baseUrl);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await openScenario(page, SCENARIO);
    const choices = [await answerDecision(page, 0), await answerDecision(page, 1)];
    // Mid-turn: a line of the third turn is on screen when the headset reloads.
    await page.waitForFunction(() => document.getElementById('liste-choix')?.dataset.etape !== '1');
    await page.locator('#replique').filter({ hasText: /\S/ }).waitFor();
    const before = await page.evaluate(() => ({
      speaker: document.getElementById('locuteur')?.textContent,
      line: document.getElementById('replique')?.textContent,
    }));
    const sessionId = await page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('eclore.visite') ?? '{}') as { play?: { sessionId?: string } }).play
          ?.sessionId,
    );
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);

    await page.reload();
    await page.locator('#interface[data-ecran="jeu"]').waitFor({ timeout: 20_000 });
    const after = await page.evaluate(() => ({
      speaker: document.getElementById('locuteur')?.textContent,
      line: document.getElementById('replique')?.textContent,
    }));
    expect(after).toEqual(before);
    await screenshot(page, 'headset/reprise-apres-rechargement');

    let step = choices.length;
    await playToEndScreen(page, async (offered) => {
      expect(offered).toBe(step++);
      choices.push(Number(await page.locator('#liste-choix button').first().getAttribute('data-choix')));
      await page.keyboard.press('1');
    });
    const code = await skipToFollowUpCode(page);
    await page.locator('#synchro[data-attente="0"]').waitFor({ state: 'attached', timeout: 30_000 });

    // One session, its events numbered without gap or repeat across the reload.
    const [events] = await queryServerDb<{ total: number; seqs: number; last: number; made: number }>(
      state,
      `SELECT count(*)::int AS total, count(DISTINCT seq)::int AS seqs, max(seq)::int AS last,
              count(*) FILTER (WHERE type = 'choice.made')::int AS made
         FROM events WHERE session_id = $1`,
      [sessionId],
    );
    expect(events).toEqual({
      total: events.last + 1,
      seqs: events.last + 1,
      last: events.last,
      made: choices.length,
    });
    const expected = await expectedReplay(state.baseUrl, SCENARIO, choices);
    expect(expected.ended).toBe(true);
    const admin = await browser.newPage();
    const shown = await scoresInBackOffice(
      admin,
      state.baseUrl,
      { email: state.adminEmail, password: state.adminPassword },
      code,
    );
    for (const [competency, score] of Object.entries(expected.scores))
      expect({ competency, score: shown[competency]?.score }).toEqual({ competency, score });
    await admin.close();
    // The visit is over: a reload now shows the start screen.
    await page.reload();
    await page.locator('#interface[data-ecran="accueil"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should start afresh after the kiosk reset for the next visitor', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    await page.goto(`${state.baseUrl}/?inactivite=1&avertissement=1`);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await openScenario(page, SCENARIO);
    await answerDecision(page, 0);
    await page.waitForFunction(() => localStorage.getItem('eclore.visite') !== null);
    // Up to the next decision, then hands off: the idle reset waits for the character to finish.
    for (let i = 0; i < 200; i++) {
      if ((await page.locator('#liste-choix').getAttribute('data-etape')) === '1') break;
      await page
        .locator('#bouton-suite')
        .click({ timeout: 500 })
        .catch(() => undefined);
    }
    // Left alone: the kiosk resets, and forgets the visit.
    await page.locator('#interface[data-ecran="accueil"]').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => localStorage.getItem('eclore.visite'))).toBeNull();
    await page.reload();
    await page.getByRole('button', { name: 'Commencer' }).waitFor();
    await expect(page.locator('#interface').getAttribute('data-ecran')).resolves.toBe('accueil');
    await page.close();
  });

  it('should ask before leaving mid-visit outside kiosk mode, not on the start screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    await page.goto(`${state.baseUrl}/?kiosque=non`);
    // What the browser asks on: a cancelled `beforeunload` (back, close, reload).
    const leavingAsks = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    await page.getByRole('button', { name: 'Commencer' }).waitFor();
    await expect(leavingAsks()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await openScenario(page, SCENARIO);
    await expect(leavingAsks()).resolves.toBe(true);
    await page.close();
  });
});
