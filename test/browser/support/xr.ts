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
