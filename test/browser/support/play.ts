/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/**
 * Plays the open scenario to its end screen in 2D, always with the first answer (key 1), skipping
 * each line with « Suite »; returns how many answers were given.
 */
export async function playFirstAnswers(page: Page): Promise<number> {
  let answers = 0;
  for (let turn = 0; turn < 400; turn++) {
    await page.waitForFunction(
      () =>
        document.getElementById('bouton-continuer-fin') !== null ||
        !(document.getElementById('bouton-suite') as HTMLButtonElement).hidden ||
        document.querySelector('#liste-choix button') !== null,
      undefined,
      { timeout: 20_000 },
    );
    if (await page.locator('#bouton-continuer-fin').isVisible()) return answers;
    const step = await page.locator('#liste-choix').getAttribute('data-etape');
    if (step === null) {
      await page
        .getByRole('button', { name: 'Suite' })
        .click({ timeout: 1_000 })
        .catch(() => undefined);
      continue;
    }
    await page.keyboard.press('1');
    answers++;
    await page.waitForFunction((s) => document.getElementById('liste-choix')?.dataset.etape !== s, step, {
      timeout: 5_000,
    });
  }
  throw new Error('The story did not end within 400 turns');
}
