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
import { openScenarioInVr, pointAndClick } from './support/xr.js';

jest.setTimeout(420_000);

type View = { screen: string; presenting: boolean; step: number; choices: number; canSkip: boolean };

function view(page: Page): Promise<View> {
  return page.evaluate(() => {
    const d = window.__eclore;
    return {
      screen: d.screen(),
      presenting: d.presenting(),
      step: d.step(),
      choices: d.choiceCount(),
      canSkip: d.canSkip(),
    };
  });
}

// Quest 2 is the oldest headset of the fleet (the frame budget of DESIGN §7); Quest 3 the newest.
describe.each([
  { headset: 'quest2', SCENARIO: 'operateur-tri' },
  { headset: 'quest3', SCENARIO: 'technicienne-eolienne' },
])('Headset app in an emulated $headset', ({ headset, SCENARIO }) => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should show in the back-office the scores of the engine replay when a visitor plays in VR with the controller', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${state.baseUrl}/?emulate=${headset}`);
    const enter = page.getByRole('button', { name: 'Entrer en VR' });
    await enter.waitFor({ timeout: 20_000 });
    await enter.click();
    await page.waitForFunction(() => window.__eclore?.presenting(), undefined, { timeout: 20_000 });
    await page.waitForTimeout(500);
    await screenshot(page, `${headset}-01-accueil`);

    // Snap turn: one flick of the right thumbstick turns the view by 30°, and back.
    await page.evaluate(() => window.__eclore.flickThumbstick(1));
    expect(await page.evaluate(() => window.__eclore.originYawDegrees())).toBe(-30);
    await page.evaluate(() => window.__eclore.flickThumbstick(-1));
    expect(await page.evaluate(() => window.__eclore.originYawDegrees())).toBe(0);

    // Seated by default; « debout » on the start card puts the eyes at a standing height, then back.
    await page.waitForFunction(() => window.__eclore.choiceCount() === 2);
    await expect(page.evaluate(() => window.__eclore.calibrateHeight())).resolves.toBeCloseTo(1.2, 1);
    await pointAndClick(page, 'choix-2');
    await page.waitForFunction(() => window.__eclore.calibrateHeight().then((y) => Math.abs(y - 1.6) < 0.05));
    await pointAndClick(page, 'choix-1');
    await page.waitForFunction(() => window.__eclore.calibrateHeight().then((y) => Math.abs(y - 1.2) < 0.05));

    await openScenarioInVr(page, state.baseUrl, SCENARIO, (name) => screenshot(page, `${headset}-${name}`));

    const choices: number[] = [];
    const drawCalls: number[] = [];
    for (let turn = 0; turn < 400; turn++) {
      const now = await view(page);
      if (now.screen === 'fin') break;
      if (now.choices > 0) {
        expect(now.step).toBe(choices.length);
        const pick = (choices.length + 1) % now.choices;
        if (choices.length === 0) await screenshot(page, `${headset}-03-choix`);
        drawCalls.push((await page.evaluate(() => window.__eclore.renderInfo())).calls);
        await pointAndClick(page, `choix-${pick + 1}`);
        await page
          .waitForFunction(
            (step) => window.__eclore.step() > step || window.__eclore.screen() === 'fin',
            now.step,
            { timeout: 5_000 },
          )
          .catch(async () => {
            const after = await view(page);
            const hovered = await page.evaluate(() => window.__eclore.hovered());
            throw new Error(
              `Choice ${pick} at step ${now.step} not taken: ${JSON.stringify({ before: now, after, hovered })}`,
            );
          });
        choices.push(pick);
      } else if (now.canSkip) {
        await pointAndClick(page, 'suite');
      } else {
        await page.waitForTimeout(200);
      }
    }
    expect(await view(page)).toMatchObject({ screen: 'fin', presenting: true });
    await page.waitForFunction(() => window.__eclore.card() !== null, undefined, { timeout: 10_000 });
    await page.waitForTimeout(300);
    await screenshot(page, `${headset}-04-fin`);
    await screenshot(page, `headset/${headset}-fin-vr`);
    // « Continuer » → the optional questions: the first answered by pointing, the others skipped.
    await pointAndClick(page, 'action-carte');
    await page.waitForFunction(() => window.__eclore.screen() === 'questions');
    await expect(page.evaluate(() => window.__eclore.card()?.body[0])).resolves.toBe(
      'Question 1 sur 5, facultative.',
    );
    await screenshot(page, `${headset}-05-question`);
    await pointAndClick(page, 'choix-2');
    for (let question = 2; question <= 5; question++) {
      await page.waitForFunction(
        (n) => window.__eclore.card()?.body[0] === `Question ${n} sur 5, facultative.`,
        question,
      );
      // The last one is answered by pointing: its answers must not stay on the code screen.
      await pointAndClick(page, question === 5 ? 'choix-1' : 'action-carte');
    }
    await page.waitForFunction(() => window.__eclore.screen() === 'code');
    const code = await page.evaluate(() => window.__eclore.followUpCode());
    expect(normalizeFollowUpCode(code ?? '')).not.toBeNull();
    // The code is readable in the headset, not only on the screen behind it.
    await page.waitForFunction(() => window.__eclore.card()?.title === 'Votre code de suivi');
    const card = await page.evaluate(() => window.__eclore.card());
    // Only the code, large and spaced, and « Terminer »: no answer button left behind.
    expect({ code: card?.code, action: card?.action }).toEqual({ code, action: 'Terminer' });
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => [window.__eclore.choiceCount(), window.__eclore.visibleButtons()]),
    ).toEqual([0, ['action-carte']]);
    expect(await page.evaluate(() => window.__eclore.clippedText())).toEqual([]);
    await screenshot(page, `${headset}-06-code`);
    await screenshot(page, `headset/${headset}-code-vr`);
    // Draw calls per frame stay within the Quest budget (DESIGN §7: ≤ 50).
    console.log(
      `renderer.info draw calls during the VR visit: max ${Math.max(...drawCalls)}, per decision ${drawCalls.join(' ')}`,
    );
    expect(Math.max(...drawCalls)).toBeLessThanOrEqual(50);

    const expected = await expectedReplay(state.baseUrl, SCENARIO, choices);
    expect({ choices: choices.join(','), ended: expected.ended }).toEqual({
      choices: choices.join(','),
      ended: true,
    });
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const shown = await scoresInBackOffice(
      admin,
      state.baseUrl,
      { email: state.adminEmail, password: state.adminPassword },
      code ?? '',
    );
    for (const [competency, score] of Object.entries(expected.scores)) {
      expect({ competency, score: shown[competency]?.score }).toEqual({ competency, score });
    }
    // The evidence says how the answers were given.
    await expect(admin.getByText('en pointant').first().isVisible()).resolves.toBe(true);
    await screenshot(admin, `${headset}-07-back-office`);
    expect(errors).toEqual([]);
  });
});
