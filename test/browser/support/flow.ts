/// <reference lib="dom" />
// The visitor journey around a scenario, shared by the browser tests: picking a job (then the
// notice about data and AI), and after the end screen the optional questions up to the follow-up code.
import type { Page } from 'playwright-core';

/** On the job picker: opens `scenarioId`, accepts the notice, waits for the first line. */
export async function openScenario(
  page: Page,
  scenarioId: string,
  how: 'click' | 'keyboard' = 'click',
): Promise<void> {
  const button = page.locator(`button[data-scenario="${scenarioId}"]`);
  if (how === 'keyboard') {
    await button.focus();
    await page.keyboard.press('Enter');
  } else await button.click();
  const accept = page.locator('#bouton-notice');
  await accept.waitFor();
  if (how === 'keyboard') {
    await accept.focus();
    await page.keyboard.press('Enter');
  } else await accept.click();
  await page.locator('#replique').filter({ hasText: /\S/ }).waitFor();
}

/** From the end screen: skips every optional question and returns the follow-up code shown. */
export async function skipToFollowUpCode(page: Page): Promise<string> {
  await page.locator('#bouton-continuer-fin').click();
  await page.locator('#bouton-passer-tout').click();
  const code = page.locator('#code-suivi');
  await code.waitFor();
  return ((await code.textContent()) ?? '').trim();
}
