import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { replay, type ReplayResult } from '../../../engine/src/index.js';
import type { Referentiel } from '../../../client/src/shared/api-types.js';

export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export { launchChromium } from '../../support/chromium.js';

/** Collects uncaught page errors and console errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

interface VersionResponse {
  story: Record<string, unknown>;
  referentiel: Referentiel;
}

/** The engine's replay of a choice path on the story served by the API: the expected scores. */
export async function expectedReplay(
  baseUrl: string,
  scenarioId: string,
  choices: number[],
): Promise<ReplayResult> {
  const catalog = (await (await fetch(`${baseUrl}/api/v1/catalog`)).json()) as {
    scenarios: { id: string; versionId: string }[];
  };
  const entry = catalog.scenarios.find((s) => s.id === scenarioId);
  if (!entry) throw new Error(`Scenario ${scenarioId} is not in the catalog`);
  const version = (await (
    await fetch(`${baseUrl}/api/v1/scenarios/${scenarioId}/versions/${entry.versionId}`)
  ).json()) as VersionResponse;
  return replay(version.story, choices, { competencies: version.referentiel.competences.map((c) => c.id) });
}

/** Logs into the back-office, looks the code up, and returns the scores read from the table. */
export async function scoresInBackOffice(
  page: Page,
  baseUrl: string,
  credentials: { email: string; password: string },
  code: string,
): Promise<Record<string, { score: number; max: number }>> {
  await page.goto(`${baseUrl}/admin`);
  await page.getByLabel('Adresse e-mail').fill(credentials.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('Code de suivi').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Afficher le profil' }).click();
  await page.locator('#tableau-competences').waitFor({ timeout: 15_000 });
  const rows = await page.locator('#tableau-competences tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: (tr as HTMLElement).dataset.competence ?? '',
      score: tr.querySelector('td[data-score]')?.textContent ?? '',
      max: tr.querySelector('td[data-max]')?.textContent ?? '',
    })),
  );
  const scores: Record<string, { score: number; max: number }> = {};
  for (const row of rows) {
    if (!/^-?\d+$/.test(row.score.trim()) || !/^\d+$/.test(row.max.trim()))
      throw new Error(`Unreadable score cells for ${row.id}: « ${row.score} » / « ${row.max} »`);
    scores[row.id] = { score: Number(row.score), max: Number(row.max) };
  }
  return scores;
}
