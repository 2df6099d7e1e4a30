/// <reference lib="dom" />
// Readable VR text: every scenario is walked in the emulated headsets (Quest 2 and Quest 3) along
// its recorded playthroughs, and at every line and decision (every page of answers) the 3D
// panels report whether their laid-out text fit. Any clipped text fails.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { browserTestState } from './support/state.js';
import { openScenarioInVr } from './support/xr.js';

jest.setTimeout(900_000);

const NARRATIVES = join(__dirname, '..', '..', 'narratives');
const SCENARIOS = readdirSync(NARRATIVES).filter((id) => existsSync(join(NARRATIVES, id, 'golden.json')));

interface Golden {
  playthroughs: { name: string; choices: number[] }[];
}

function playthroughsOf(id: string): Golden['playthroughs'] {
  return (JSON.parse(readFileSync(join(NARRATIVES, id, 'golden.json'), 'utf8')) as Golden).playthroughs;
}

describe.each(['quest2', 'quest3'])('VR text in an emulated %s', (headset) => {
  const state = browserTestState();
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${state.baseUrl}/?emulate=${headset}`);
    const enter = page.getByRole('button', { name: 'Entrer en VR' });
    await enter.waitFor({ timeout: 20_000 });
    await enter.click();
    await page.waitForFunction(() => window.__eclore?.presenting(), undefined, { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Clipped panels now, with what they show, for the failure message. */
  async function clipped(where: string): Promise<string[]> {
    const names = await page.evaluate(() => window.__eclore.clippedText());
    if (names.length === 0) return [];
    const shown = await page.evaluate(() => ({
      line: window.__eclore.subtitle(),
      card: window.__eclore.card(),
    }));
    return [`${where}: ${names.join(', ')} ${JSON.stringify(shown)}`];
  }

  it.each(SCENARIOS)('should fit every line and answer of %s on its panels', async (scenario) => {
    const errors = watchErrors(page);
    const problems: string[] = [];
    let widest = 0;
    for (const playthrough of playthroughsOf(scenario)) {
      await page.evaluate(() => window.__eclore.reset());
      await page.waitForFunction(() => window.__eclore.card()?.action === 'Commencer');
      problems.push(...(await clipped('accueil')));
      await openScenarioInVr(page, state.baseUrl, scenario);
      for (let turn = 0; turn < 600; turn++) {
        const now = await page.evaluate(() => ({
          screen: window.__eclore.screen(),
          step: window.__eclore.step(),
          choices: window.__eclore.choiceCount(),
          canSkip: window.__eclore.canSkip(),
        }));
        if (now.screen === 'fin') break;
        problems.push(...(await clipped(`${playthrough.name} étape ${now.step}`)));
        if (now.choices > 0) {
          // Every page of answers is laid out and checked.
          let pages = 1;
          while (await page.evaluate(() => window.__eclore.nextAnswerPage())) {
            pages++;
            problems.push(...(await clipped(`${playthrough.name} étape ${now.step} page ${pages}`)));
          }
          const longest = await page.evaluate(() => {
            const card = document.querySelectorAll('#liste-choix button');
            return Math.max(0, ...Array.from(card, (b) => b.textContent?.length ?? 0));
          });
          if (longest > widest && headset === 'quest2') {
            widest = longest;
            await screenshot(page, `headset/${headset}-reponses-longues-${scenario}`);
          }
          const choice = playthrough.choices[now.step];
          await page.evaluate((index) => window.__eclore.choose(index), choice);
          await page.waitForFunction(
            (step) => window.__eclore.step() > step || window.__eclore.screen() === 'fin',
            now.step,
          );
        } else if (now.canSkip) {
          await page.evaluate(() => window.__eclore.skipLine());
        } else {
          await page.waitForTimeout(100);
        }
      }
      await page.waitForFunction(() => window.__eclore.screen() === 'fin' && window.__eclore.card() !== null);
      await page.waitForFunction(() => window.__eclore.card()?.title === 'Bravo\u202f!');
      problems.push(...(await clipped(`${playthrough.name} fin`)));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});
