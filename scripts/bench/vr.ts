// VR figures: what the renderer draws per frame in every scene of every scenario, while an
// immersive-vr session is presented (IWER's emulated Quest 3 in headless Chromium, WebGL2 on
// SwiftShader). Starts the built app itself on a free port with a throw-away data directory, plays
// each scenario's « plus long » golden path, and reads `window.__eclore.renderInfo()` once per
// distinct `# media:` reached, after ten XR frames in that scene. Budgets (DESIGN §7): ≤ 50 draw
// calls, ≤ 150k triangles. Everything it starts is stopped in `finally`, even on error.

import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { APP_MAIN, startBuiltApp } from '../../test/support/app-process.js';
import { launchChromium } from '../../test/support/chromium.js';
import type { EcloreTestDriver } from '../../client/src/headset/test-driver.js';
import type { Figure } from '../bench.js';

const TIME_LIMIT_MS = 170_000;

type RenderInfo = ReturnType<EcloreTestDriver['renderInfo']>;

interface SceneMeasure extends RenderInfo {
  scenario: string;
  media: string;
  preset: string;
  frameMs: number;
}

interface Golden {
  playthroughs: { name: string; choices: number[]; expected: { tags?: string[][] } }[];
}

/** SIGTERM (the server stops its embedded Postgres), SIGKILL after 20 s. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function withDeadline<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`time limit reached during ${what}`)),
      Math.max(0, deadline - Date.now()),
    );
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** Media id of each line of a golden playthrough (null when the line has no `# media:` tag). */
function mediaPerLine(tags: string[][]): (string | null)[] {
  return tags.map((lineTags) => {
    const tag = lineTags.find((t) => /^media\s*:/.test(t));
    return tag ? tag.replace(/^media\s*:\s*/, '').trim() : null;
  });
}

/**
 * Plays the choices in the page (DOM clicks on « Suite » and on the offered answers, the VR session
 * staying presented) and measures each new scene. Runs entirely in the page: one round trip.
 */
async function playAndMeasure(
  page: Page,
  choices: number[],
  media: (string | null)[],
): Promise<{ media: string; info: RenderInfo; frameMs: number }[]> {
  return page.evaluate(
    async ({ choices, media }) => {
      const driver = (window as unknown as { __eclore: EcloreTestDriver }).__eclore;
      const line = document.getElementById('replique') as HTMLElement;
      const next = document.getElementById('bouton-suite') as HTMLButtonElement;
      let shown = line.firstChild ? 1 : 0;
      const observer = new MutationObserver(() => undefined);
      observer.observe(line, { childList: true });
      const flush = () => {
        for (const record of observer.takeRecords()) if (record.addedNodes.length > 0) shown++;
      };
      const measured: { media: string; info: RenderInfo; frameMs: number }[] = [];
      let current: string | null = null;
      let seen = 0;
      let step = 0;
      try {
        for (let guard = 0; guard < 3000; guard++) {
          flush();
          for (; seen < shown; seen++) current = media[seen] ?? current;
          if (current && !measured.some((m) => m.media === current)) {
            // Ten XR frames in the new scene, then what the last one drew.
            const frameMs = await driver.frameMs();
            measured.push({ media: current, info: driver.renderInfo(), frameMs });
            continue;
          }
          if (driver.screen() === 'fin') break;
          const offered = document.querySelector<HTMLButtonElement>(
            `#liste-choix button[data-choix="${choices[step]}"]`,
          );
          if (offered) {
            offered.click();
            step++;
          } else if (!next.hidden && document.querySelector('#liste-choix button') === null) {
            const before = line.firstChild;
            next.click();
            if (line.firstChild === before) await new Promise((resolve) => setTimeout(resolve, 50));
          } else {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      } finally {
        observer.disconnect();
      }
      return measured;
    },
    { choices, media },
  );
}

/** A page of the app with the emulated Quest 3, immersive session entered (or 2D when it does not start). */
async function openPresentingPage(
  browser: Browser,
  baseUrl: string,
  presenting: (ok: boolean) => void,
  deadline: number,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  // tsx (esbuild keepNames) wraps functions in `__name(…)`: give the page a no-op one so the
  // functions passed to page.evaluate run there as written.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const page = await context.newPage();
  await withDeadline(
    (async () => {
      await page.goto(`${baseUrl}/?emulate=quest3`);
      await page.waitForFunction(
        () => 'presenting' in ((window as unknown as { __eclore?: object }).__eclore ?? {}),
        undefined,
        { timeout: 30_000 },
      );
      try {
        await page.getByRole('button', { name: 'Entrer en VR' }).click({ timeout: 15_000 });
        await page.waitForFunction(
          () => (window as unknown as { __eclore: EcloreTestDriver }).__eclore.presenting(),
          undefined,
          { timeout: 20_000 },
        );
        presenting(true);
      } catch {
        presenting(false);
      }
    })(),
    deadline,
    'VR entry',
  );
  return page;
}

export async function run(): Promise<Figure[]> {
  const started = Date.now();
  const deadline = started + TIME_LIMIT_MS;
  const root = process.cwd();
  if (!existsSync(APP_MAIN) || !existsSync(join(root, 'dist', 'client', 'index.html'))) {
    throw new Error('build missing: run `npm run build` first');
  }
  const narratives = join(root, 'narratives');
  const dataDir = mkdtempSync('/tmp/eclore-bench-vr-');
  // The embedded Postgres runs as the `postgres` user: every parent of its data dir must be traversable.
  chmodSync(dataDir, 0o755);
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  let page: Page | null = null;
  const measures: SceneMeasure[] = [];
  let presented = true;
  try {
    const app = await startBuiltApp({
      dataDir,
      env: { ADMIN_EMAIL: 'bench@eclore.test', ADMIN_PASSWORD: 'Mot-de-passe-du-banc-2026' },
      timeoutMs: Math.max(1_000, Math.min(deadline - Date.now(), 90_000)),
    });
    server = app.child;
    const { baseUrl } = app;
    browser = await launchChromium();
    const catalog = (await (await fetch(`${baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: { id: string }[];
    };
    const ids = catalog.scenarios
      .map((s) => s.id)
      .filter((id) => existsSync(join(narratives, id, 'golden.json')));
    for (const scenarioId of ids) {
      const golden = JSON.parse(readFileSync(join(narratives, scenarioId, 'golden.json'), 'utf8')) as Golden;
      const longest = golden.playthroughs.find((p) => p.name === 'plus long');
      if (!longest?.expected.tags) continue;
      const metier = JSON.parse(readFileSync(join(narratives, scenarioId, 'metier.json'), 'utf8')) as {
        media: Record<string, { preset?: string; type: string }>;
      };
      // One page for every scenario, as a kiosk headset: « Terminer » brings the start screen back
      // while the immersive session stays presented. A scenario that fails gets a fresh page.
      if (!page) page = await openPresentingPage(browser, baseUrl, (ok) => (presented &&= ok), deadline);
      const current: Page = page;
      try {
        await withDeadline(
          (async () => {
            await current.evaluate(() => document.getElementById('bouton-commencer')?.click());
            await current.waitForSelector(`button[data-scenario="${scenarioId}"]`, {
              state: 'attached',
              timeout: 20_000,
            });
            await current.evaluate(
              (id) => document.querySelector<HTMLButtonElement>(`button[data-scenario="${id}"]`)?.click(),
              scenarioId,
            );
            await current.waitForSelector('#bouton-notice', { state: 'attached', timeout: 20_000 });
            await current.evaluate(() => document.getElementById('bouton-notice')?.click());
            await current.waitForFunction(
              () => (window as unknown as { __eclore: EcloreTestDriver }).__eclore.screen() === 'jeu',
              undefined,
              {
                timeout: 20_000,
              },
            );
            if (
              !(await current.evaluate(() =>
                (window as unknown as { __eclore: EcloreTestDriver }).__eclore.presenting(),
              ))
            )
              presented = false;
            const scenes = await playAndMeasure(
              current,
              longest.choices,
              mediaPerLine(longest.expected.tags!),
            );
            for (const scene of scenes) {
              measures.push({
                scenario: scenarioId,
                media: scene.media,
                preset: metier.media[scene.media]?.preset ?? metier.media[scene.media]?.type ?? '?',
                frameMs: scene.frameMs,
                ...scene.info,
              });
            }
            // End screen → skip the optional questions → « Terminer » on the follow-up code.
            for (const id of ['bouton-continuer-fin', 'bouton-passer-tout', 'bouton-terminer']) {
              await current.waitForSelector(`#${id}`, { state: 'attached', timeout: 20_000 });
              await current.evaluate((button) => document.getElementById(button)?.click(), id);
            }
            await current.waitForFunction(
              () => (window as unknown as { __eclore: EcloreTestDriver }).__eclore.screen() === 'accueil',
              undefined,
              {
                timeout: 10_000,
              },
            );
          })(),
          deadline,
          scenarioId,
        );
      } catch (error) {
        await current
          .context()
          .close()
          .catch(() => undefined);
        page = null;
        if (Date.now() >= deadline) {
          process.stdout.write(
            `vr: time limit reached at ${scenarioId}: the figures cover the scenes measured before it\n`,
          );
          break;
        }
        process.stdout.write(
          `vr: ${scenarioId} not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
        );
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (measures.length === 0) throw new Error('no scene measured');

  const worst = (key: 'calls' | 'triangles' | 'textures') =>
    measures.reduce((a, b) => (b[key] > a[key] ? b : a));
  const where = (m: SceneMeasure) => `${m.scenario}/${m.media} (${m.preset})`;
  const calls = worst('calls');
  const triangles = worst('triangles');
  const textures = worst('textures');
  process.stdout.write(
    `vr: ${measures.length} scenes of ${new Set(measures.map((m) => m.scenario)).size} scenarios measured ${presented ? 'while presenting immersive-vr (IWER Quest 3)' : 'IN 2D (immersive-vr did not start)'} in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
      `max draw calls in ${where(calls)}, max triangles in ${where(triangles)}, max textures in ${where(textures)}\n`,
  );
  // Every scene, so that a preset drifting towards the budget shows before it goes over.
  for (const m of measures)
    process.stdout.write(
      `  ${where(m)}: ${m.calls} calls, ${m.triangles} triangles, ${m.textures} textures` +
        (process.env.BENCH_VERBOSE ? `, ${m.geometries} geometries, ${m.frameMs.toFixed(0)} ms/frame` : '') +
        '\n',
    );
  const over = measures.filter((m) => m.calls > 50 || m.triangles > 150_000);
  return [
    { name: 'vr.draw_calls_max', value: calls.calls, unit: 'calls', budget: '≤ 50' },
    { name: 'vr.triangles_max', value: triangles.triangles, unit: 'triangles', budget: '≤ 150000' },
    { name: 'vr.textures_max', value: textures.textures, unit: 'textures' },
    { name: 'vr.scenes_measured', value: measures.length, unit: 'scenes' },
    { name: 'vr.scenes_over_budget', value: over.length, unit: 'scenes', budget: '= 0' },
  ];
}
