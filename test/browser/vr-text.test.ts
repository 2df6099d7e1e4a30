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

// Panels are laid out in metres, the same on both headsets: Quest 2 walks every scenario, Quest 3 (a wider
// field of view, another emulated device) the first three, which keeps the suite within its time budget.
describe.each([
  ['quest2', SCENARIOS],
  ['quest3', SCENARIOS.slice(0, 3)],
])('VR text in an emulated %s', (headset, scenarios) => {
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

  it.each(scenarios)('should fit every line and answer of %s on its panels', async (scenario) => {
    const errors = watchErrors(page);
    const problems: string[] = [];
    for (const playthrough of playthroughsOf(scenario)) {
      await page.evaluate(() => window.__eclore.reset());
      await page.waitForFunction(() => window.__eclore.card()?.action === 'Commencer');
      problems.push(...(await clipped('accueil')));
      await openScenarioInVr(page, state.baseUrl, scenario);
      // The whole walk runs in the page: one round trip a playthrough instead of several a turn
      // (each one waits for a software-rendered VR frame).
      problems.push(
        ...(await page.evaluate(async ({ name, choices }) => {
          const driver = window.__eclore;
          const found: string[] = [];
          const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
          const check = (where: string) => {
            const names = driver.clippedText();
            if (names.length > 0)
              found.push(
                `${where}: ${names.join(', ')} ${JSON.stringify({ line: driver.subtitle(), card: driver.card() })}`,
              );
          };
          for (let turn = 0; turn < 2000 && driver.screen() !== 'fin'; turn++) {
            const step = driver.step();
            check(`${name} étape ${step}`);
            if (driver.choiceCount() > 0) {
              // Every page of answers is laid out and checked.
              for (let pageNo = 2; driver.nextAnswerPage(); pageNo++) {
                await frame();
                check(`${name} étape ${step} page ${pageNo}`);
              }
              driver.choose(choices[step]!);
              while (driver.step() <= step && driver.screen() !== 'fin') await frame();
            } else {
              if (driver.canSkip()) driver.skipLine();
              await frame();
            }
          }
          return found;
        }, playthrough)),
      );
      await page.waitForFunction(() => window.__eclore.screen() === 'fin' && window.__eclore.card() !== null);
      await page.waitForFunction(() => window.__eclore.card()?.title === 'Bravo\u202f!');
      problems.push(...(await clipped(`${playthrough.name} fin`)));
    }
    if (headset === 'quest2') await screenshot(page, `headset/${headset}-fin-${scenario}`);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});
