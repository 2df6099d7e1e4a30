/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import type { EcloreTestDriver } from '../../../client/src/headset/test-driver.js';

// What `?emulate=quest3` exposes to the tests (client/src/headset/test-driver.ts).
declare global {
  interface Window {
    __eclore: EcloreTestDriver;
  }
}

/** Points the emulated right controller at a 3D button and pulls the trigger (released at once). */
export async function pointAndClick(page: Page, meshName: string): Promise<void> {
  const aimed = await page.evaluate((name) => window.__eclore.aimRightController(name), meshName);
  if (!aimed) throw new Error(`3D button ${meshName} is not visible`);
  // The ray must be over the button (a few frames after the new pose) before the press.
  await page.waitForFunction((name) => window.__eclore.hovered() === name, meshName, { timeout: 10_000 });
  await page.evaluate(() => window.__eclore.pressTrigger());
}

/**
 * From the start card in the headset: « Commencer », the sector, the job, then « Commencer » on the
 * notice. Screenshots of each step are saved under `prefix` when given.
 */
export async function openScenarioInVr(
  page: Page,
  baseUrl: string,
  scenarioId: string,
  shoot?: (name: string) => Promise<void>,
): Promise<void> {
  await pointAndClick(page, 'action-carte');
  await page.waitForFunction(
    () => window.__eclore.screen() === 'catalogue' && window.__eclore.choiceCount() > 0,
    undefined,
    {
      timeout: 20_000,
    },
  );
  const catalog = (await (await fetch(`${baseUrl}/api/v1/catalog`)).json()) as {
    scenarios: { id: string; sector: string }[];
  };
  // Two steps in the headset (at most six 3D buttons): the sector, then one of its jobs.
  const sectors = [...new Set(catalog.scenarios.map((s) => s.sector))];
  const sector = catalog.scenarios.find((s) => s.id === scenarioId)?.sector;
  if (!sector) throw new Error(`${scenarioId} is not in the catalog`);
  if ((await page.evaluate(() => window.__eclore.card()?.title)) !== 'Choisissez un secteur')
    throw new Error('The headset picker does not start with the sectors');
  await shoot?.('02-secteurs');
  await pointAndClick(page, `choix-${sectors.indexOf(sector) + 1}`);
  const jobs = catalog.scenarios.filter((s) => s.sector === sector);
  await page.waitForFunction((n) => window.__eclore.choiceCount() === n, jobs.length);
  await shoot?.('02-metiers');
  await pointAndClick(page, `choix-${jobs.findIndex((s) => s.id === scenarioId) + 1}`);
  // The notice (data, AI rephrasing) is read in the headset too, then « Commencer ».
  await page.waitForFunction(() => window.__eclore.screen() === 'notice');
  if ((await page.evaluate(() => window.__eclore.card()?.title)) !== 'Avant de commencer')
    throw new Error('No notice card before the scenario');
  await shoot?.('02-notice');
  await pointAndClick(page, 'action-carte');
  await page.waitForFunction(() => window.__eclore.screen() === 'jeu', undefined, { timeout: 20_000 });
}
