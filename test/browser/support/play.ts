/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/**
 * Plays the open scenario to its end screen in 2D: skips each line with « Suite » and calls
 * `answer(step)` whenever answers are offered (it must choose one). Returns how many were given.
 */
export async function playToEndScreen(
  page: Page,
  answer: (step: number) => Promise<void>,
  maxTurns = 400,
): Promise<number> {
  let answers = 0;
  for (let turn = 0; turn < maxTurns; turn++) {
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
      // Lines still playing: skip to the next one (it may have just advanced by itself).
      await page
        .getByRole('button', { name: 'Suite' })
        .click({ timeout: 1_000 })
        .catch(() => undefined);
      continue;
    }
    await answer(Number(step));
    answers++;
    await page.waitForFunction((s) => document.getElementById('liste-choix')?.dataset.etape !== s, step, {
      timeout: 5_000,
    });
  }
  throw new Error(`The story did not end within ${maxTurns} turns`);
}

/** Plays the open scenario to its end screen, always with the first answer (key 1). */
export function playFirstAnswers(page: Page): Promise<number> {
  return playToEndScreen(page, () => page.keyboard.press('1'));
}
