/// <reference lib="dom" />
// Acceptance of the bank of scenarios: every `narratives/<id>/golden.json` adds tests here. Each
// recorded « plus court » and « plus long » path is played start to end in the 2D fallback, and
// the scores the server replayed (read back through the counsellors' API) must equal the golden
// file's. Lines are skipped with the « Suite » button as fast as the page takes the clicks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { normalizeFollowUpCode } from '../../engine/src/index.js';
import { launchChromium, watchErrors } from './support/browser.js';
import { apiLogin } from './support/database.js';
import { browserTestState } from './support/state.js';
import { openScenario, skipToFollowUpCode } from './support/flow.js';

jest.setTimeout(60_000);

const NARRATIVES_DIR = join(__dirname, '..', '..', 'narratives');
const PLAYED = ['plus court', 'plus long'];
const SECTORS = ['energies-renouvelables', 'batiment-durable', 'recyclage', 'dechets'];

interface GoldenPlaythrough {
  name: string;
  choices: number[];
  expected: { scores: Record<string, number>; ended?: boolean };
}

/** Scenario folders that hold a golden file (a new folder adds its tests automatically). */
function scenarioIds(): string[] {
  return readdirSync(NARRATIVES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(NARRATIVES_DIR, entry.name, 'golden.json')))
    .map((entry) => entry.name)
    .sort();
}

function golden(scenarioId: string): GoldenPlaythrough[] {
  const file = JSON.parse(readFileSync(join(NARRATIVES_DIR, scenarioId, 'golden.json'), 'utf8')) as {
    playthroughs: GoldenPlaythrough[];
  };
  return file.playthroughs;
}

const cases = scenarioIds().flatMap((scenarioId) =>
  PLAYED.map((name) => {
    const playthrough = golden(scenarioId).find((p) => p.name === name);
    return { scenarioId, name, playthrough };
  }),
);

interface CatalogEntry {
  id: string;
  title: string;
  sector: string;
  job: string;
  durationMinutes: number;
  versionId: string;
}

interface Profile {
  scenario: { id: string };
  competencies: { id: string; score: number; max: number }[];
}

interface Turn {
  skipped: number;
  /** `data-etape` of the offered choices, null when none are offered. */
  step: string | null;
  offered: number[];
}

/**
 * Clicks « Suite » inside the page until choices are offered or nothing more can be skipped (the
 * last line of an ending: that click ends the visit), then says what is offered. One round trip.
 */
function skipLines(page: Page): Promise<Turn> {
  return page.evaluate(() => {
    const next = document.getElementById('bouton-suite') as HTMLButtonElement;
    const line = document.getElementById('replique') as HTMLElement;
    const offered = () =>
      [...document.querySelectorAll<HTMLElement>('#liste-choix button')].map((b) => Number(b.dataset.choix));
    let skipped = 0;
    while (!next.hidden && offered().length === 0 && skipped < 1000) {
      const before = line.firstChild;
      next.click();
      // Each new line replaces the text node: the same node means the click showed no line.
      if (line.firstChild === before) break;
      skipped++;
    }
    return {
      skipped,
      step: document.getElementById('liste-choix')?.dataset.etape ?? null,
      offered: offered(),
    };
  });
}

describe('Bank of scenarios played in the 2D fallback', () => {
  let browser: Browser;
  let admin: Record<string, string> = {};
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
    admin = await apiLogin(state);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function profile(code: string): Promise<Profile> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${state.baseUrl}/api/v1/profiles/${encodeURIComponent(code)}`, {
        headers: admin,
      });
      if (response.status === 200) return (await response.json()) as Profile;
      // 409 PROFILE_NOT_READY (completion still on its way) or 429 (lookups rate-limited): wait and retry.
      if ((response.status !== 409 && response.status !== 429) || attempt >= 20) {
        throw new Error(`GET /api/v1/profiles/${code} answered ${response.status}: ${await response.text()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, response.status === 429 ? 2_000 : 250));
    }
  }

  it('should list every scenario folder with its sector, job, duration and version when the catalog is requested', async () => {
    const response = await fetch(`${state.baseUrl}/api/v1/catalog`);
    expect(response.status).toBe(200);
    const { scenarios } = (await response.json()) as { scenarios: CatalogEntry[] };
    expect(scenarios.map((s) => s.id).sort()).toEqual(scenarioIds());
    for (const entry of scenarios) {
      expect({
        id: entry.id,
        sector: SECTORS.includes(entry.sector),
        job: typeof entry.job === 'string' && entry.job.trim().length > 0,
        durationMinutes: Number.isInteger(entry.durationMinutes) && entry.durationMinutes > 0,
        versionId: typeof entry.versionId === 'string' && entry.versionId.length > 0,
      }).toEqual({ id: entry.id, sector: true, job: true, durationMinutes: true, versionId: true });
    }
    const perSector = Object.fromEntries(
      SECTORS.map((sector) => [sector, scenarios.filter((s) => s.sector === sector).length]),
    );
    for (const sector of SECTORS)
      expect({ sector, atLeastTwo: perSector[sector] >= 2 }).toEqual({ sector, atLeastTwo: true });
  });

  // One page for the whole bank, as on a kiosk: « Terminer » brings the next visitor back to the start.
  // A small window: the 3D scene behind the 2D interface keeps rendering on SwiftShader (CPU).
  let page: Page | null = null;
  let errors: string[] = [];

  async function startPage(): Promise<Page> {
    if (page && !page.isClosed() && (await page.locator('#bouton-commencer').isVisible())) return page;
    await page?.context().close();
    const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(state.baseUrl);
    return page;
  }

  it.each(cases)(
    'should end with the golden scores on the server when « $name » of $scenarioId is played to the end',
    async ({ scenarioId, name, playthrough }) => {
      if (!playthrough)
        throw new Error(`narratives/${scenarioId}/golden.json has no playthrough « ${name} »`);
      const page = await startPage();
      errors.length = 0;
      let ended = false;
      try {
        const completed = page.waitForResponse(
          (r) => r.request().method() === 'POST' && /\/api\/v1\/sessions\/[^/]+\/complete$/.test(r.url()),
          {
            timeout: 55_000,
          },
        );
        completed.catch(() => undefined);
        await page.getByRole('button', { name: 'Commencer' }).click();
        await openScenario(page, scenarioId);

        let skipped = 0;
        for (const [step, index] of playthrough.choices.entries()) {
          let turn = await skipLines(page);
          if (turn.offered.length === 0) {
            // Nothing to skip yet (a line still being laid out): wait for the choices, then look again.
            await page.locator('#liste-choix button').first().waitFor({ timeout: 10_000 });
            turn = await skipLines(page);
          }
          skipped += turn.skipped;
          expect({ step, shownStep: turn.step, offered: turn.offered.includes(index) }).toEqual({
            step,
            shownStep: String(step),
            offered: true,
          });
          await page.locator(`#liste-choix button[data-choix="${index}"]`).click();
        }
        skipped += (await skipLines(page)).skipped;
        await page
          .locator('#bouton-continuer-fin')
          .waitFor({ timeout: 15_000 })
          .catch(async (error: unknown) => {
            const seen = await page.evaluate(() => ({
              screen: document.getElementById('interface')?.dataset.ecran,
              line: document.getElementById('replique')?.textContent,
              nextHidden: (document.getElementById('bouton-suite') as HTMLButtonElement).hidden,
              choices: document.querySelectorAll('#liste-choix button').length,
            }));
            throw new Error(`No end screen: ${JSON.stringify({ seen, errors })}\n${String(error)}`);
          });
        expect(skipped).toBeGreaterThan(0);

        // The end screen: the competencies shown (positive scores, strongest first, at most 6).
        const positives = Object.entries(playthrough.expected.scores).filter(([, score]) => score > 0);
        const expectedCount = Math.min(6, positives.length);
        await page.waitForFunction(
          (n) => document.querySelectorAll('#liste-competences li[data-competence]').length === n,
          expectedCount,
          {
            timeout: 10_000,
          },
        );
        const shown = await page
          .locator('#liste-competences li[data-competence]')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.competence ?? ''));
        const scoreOf = (id: string) => playthrough.expected.scores[id] ?? 0;
        const weakestShown = Math.min(...shown.map(scoreOf));
        expect({
          shownArePositive: shown.every((id) => scoreOf(id) > 0),
          strongestShown: positives.every(([id, score]) => shown.includes(id) || score <= weakestShown),
        }).toEqual({ shownArePositive: true, strongestShown: true });

        // After the optional questions (skipped here), the follow-up code.
        const code = await skipToFollowUpCode(page);
        expect(normalizeFollowUpCode(code)).not.toBeNull();
        // The server's replay is authoritative: what a counsellor reads must equal the golden scores.
        expect((await completed).status()).toBe(200);
        const result = await profile(code);
        expect(result.scenario.id).toBe(scenarioId);
        const serverScores = Object.fromEntries(
          Object.keys(playthrough.expected.scores).map((id) => [
            id,
            result.competencies.find((c) => c.id === id)?.score ?? 0,
          ]),
        );
        expect(serverScores).toEqual(playthrough.expected.scores);
        expect(errors).toEqual([]);

        await page.getByRole('button', { name: 'Terminer' }).click();
        await page.locator('#bouton-commencer').waitFor();
        ended = true;
      } finally {
        // A failed visit leaves the page anywhere: the next test starts from a fresh one.
        if (!ended) await page.context().close();
      }
    },
  );
});
