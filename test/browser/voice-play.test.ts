/// <reference lib="dom" />
// Push-to-talk in the headset app's 2D interface, end to end: Chromium's fake microphone plays a
// French WAV made with espeak-ng, the app's own server transcribes it through an OpenAI-compatible
// speech-to-text (the test fake, whose answers the test queues), the engine's matcher picks the
// choice, and the counsellor's profile shows the spoken answer as evidence.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBuiltApp, type RunningApp } from '../support/app-process.js';
import { FakeOpenAi, replies } from '../support/fake-openai.js';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { apiLogin } from './support/database.js';
import { browserTestState } from './support/state.js';
import { openScenario as pickScenario } from './support/flow.js';
import { openScenarioInVr, pointAndClick } from './support/xr.js';

const SCENARIO = 'technicienne-eolienne';
const ADMIN = { email: 'voix@eclore.test', password: 'Mot-de-passe-voix-2026' };
const ROOT = join(__dirname, '..', '..');

jest.setTimeout(420_000);

/** The built app with a speech-to-text provider: the shared test server has none. */
function startAppWithStt(sttBaseUrl: string, dataDir: string): Promise<RunningApp> {
  return startBuiltApp({
    dataDir,
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      STT_BASE_URL: sttBaseUrl,
      STT_API_KEY: 'cle-de-test',
      STT_MODEL: 'whisper-fake',
      // Voices out are tested by voice-out.test.ts; here they would only slow the visit down.
      TTS_PROVIDER: 'none',
    },
  });
}

interface Evidence {
  step: number;
  choiceText: string;
  method?: string;
  transcript?: string;
}

async function profileEvidence(baseUrl: string, code: string): Promise<Evidence[]> {
  const admin = await apiLogin({ baseUrl, adminEmail: ADMIN.email, adminPassword: ADMIN.password });
  // The completion may still be in the outbox for a moment after the end screen shows.
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(`${baseUrl}/api/v1/profiles/${encodeURIComponent(code)}`, {
      headers: admin,
    });
    if (response.ok) {
      const profile = (await response.json()) as { competencies: { evidence: Evidence[] }[] };
      return profile.competencies.flatMap((c) => c.evidence);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No profile for ${code}`);
}

describe('Headset app push-to-talk', () => {
  let dir: string;
  let fake: FakeOpenAi;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'client', 'index.html')))
      throw new Error('Build missing: run `npm run build` first.');
    // The embedded Postgres runs as the `postgres` user: the data dir's parents must be traversable.
    dir = mkdtempSync('/tmp/eclore-voice-play-');
    chmodSync(dir, 0o755);
    const wav = join(dir, 'reponse.wav');
    execFileSync('espeak-ng', ['-v', 'fr', '-w', wav, 'Vous bossez avec qui ?']);
    fake = await FakeOpenAi.start();
    app = await startAppWithStt(fake.baseUrl, dir);
    browser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
    ]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (app?.child.exitCode === null) {
      // SIGTERM lets the app stop its embedded Postgres; SIGKILL if it takes too long.
      let timer: NodeJS.Timeout | undefined;
      const exited = new Promise((resolve) => app.child.once('exit', resolve));
      app.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
      clearTimeout(timer);
      if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
    }
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openScenario(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['microphone'], { origin: app.baseUrl });
    const page = await context.newPage();
    await page.goto(app.baseUrl);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await pickScenario(page, SCENARIO);
    return page;
  }

  /** Skips the lines until the answers of decision `step` are offered. */
  async function reachDecision(page: Page, step: number): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if ((await page.locator('#liste-choix').getAttribute('data-etape')) === String(step)) return;
      await page
        .getByRole('button', { name: 'Suite' })
        .click({ timeout: 1_000 })
        .catch(() => undefined);
    }
    throw new Error(`Decision ${step} not reached`);
  }

  async function tapToTalk(page: Page): Promise<void> {
    const talk = page.getByRole('button', { name: 'Parler' });
    await talk.click();
    await page.getByRole('button', { name: 'J’ai fini de parler' }).waitFor();
    await expect(page.locator('#bouton-parler').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'J’ai fini de parler' }).click();
  }

  it('should make the choice the visitor said and show it as voice evidence in the profile when they push to talk', async () => {
    fake.enqueue(
      '/v1/audio/transcriptions',
      replies.transcription('Vous bossez avec qui ?'),
      replies.transcription('tu connais la météo de demain'),
      replies.transcription('euh'),
      replies.transcription('je contrôle les boucles une par une'),
    );
    const page = await openScenario();
    const errors = watchErrors(page);

    // Decision 0: tap « Parler », speak, tap again.
    await reachDecision(page, 0);
    await tapToTalk(page);
    await page
      .locator('#compris')
      .filter({ hasText: /^J’ai compris\s:\s«\sVous bossez avec qui \?\s»$/ })
      .waitFor();
    await expect(page.locator('#liste-choix button.retenue').textContent()).resolves.toContain(
      'Vous travaillez seule ou en équipe',
    );
    await screenshot(page, 'voix-01-compris');
    // The answer counts once the « Corriger » moment has passed: the story moves on.
    await page.waitForFunction(
      () => document.getElementById('liste-choix')?.dataset.etape !== '0',
      undefined,
      {
        timeout: 10_000,
      },
    );
    await page.locator('#replique').filter({ hasText: 'Jamais seule' }).waitFor({ timeout: 10_000 });

    // Decision 1: an off-topic answer (Space held on the focused « Parler » button), then a filler.
    await reachDecision(page, 1);
    await page.locator('#bouton-parler').focus();
    await page.keyboard.down('Space');
    await page.waitForTimeout(1200);
    await page.keyboard.up('Space');
    await page.locator('#replique').filter({ hasText: 'Pardon, je n’ai pas bien compris' }).waitFor();
    await expect(page.locator('#locuteur').textContent()).resolves.toBe('Sandrine');
    await expect(page.locator('#liste-choix.en-evidence').count()).resolves.toBe(0);
    await tapToTalk(page);
    await page.locator('#liste-choix.en-evidence').waitFor();
    await expect(page.locator('#aide-choix').textContent()).resolves.toMatch(/Choisissez une des réponses/);
    await expect(page.evaluate(() => document.activeElement?.closest('#liste-choix') !== null)).resolves.toBe(
      true,
    );
    await screenshot(page, 'voix-02-choix-en-evidence');
    await expect(page.locator('#liste-choix').getAttribute('data-etape')).resolves.toBe('1');

    // Third try: understood, then corrected with « Corriger »: nothing is chosen.
    await tapToTalk(page);
    await page.getByRole('button', { name: 'Corriger' }).click();
    await expect(page.locator('#retour-voix').isHidden()).resolves.toBe(true);
    await page.waitForTimeout(2000);
    await expect(page.locator('#liste-choix').getAttribute('data-etape')).resolves.toBe('1');

    // Pointing still works after voice: the visitor clicks the first answer.
    await page.locator('#liste-choix button[data-choix="0"]').click();

    // The rest with the digit keys, to the end screen.
    for (let turn = 0; turn < 300; turn++) {
      if (await page.locator('#bouton-continuer-fin').isVisible()) break;
      const step = await page.locator('#liste-choix').getAttribute('data-etape');
      if (step === null) {
        await page
          .getByRole('button', { name: 'Suite' })
          .click({ timeout: 1_000 })
          .catch(() => undefined);
        continue;
      }
      await page.keyboard.press('1');
      await page
        .waitForFunction((s) => document.getElementById('liste-choix')?.dataset.etape !== s, step, {
          timeout: 5_000,
        })
        .catch(() => undefined);
    }
    // The optional questions take spoken answers too (the engine's matcher, no LLM).
    await page.locator('#bouton-continuer-fin').click();
    await expect(page.locator('#titre-question').textContent()).resolves.toBe(
      'Avez-vous aimé cette rencontre\u202f?',
    );
    fake.enqueue('/v1/audio/transcriptions', replies.transcription('Franchement, j’ai adoré'));
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/demographics'));
    await tapToTalk(page);
    await page.locator('#compris').filter({ hasText: 'Franchement, j’ai adoré' }).waitFor();
    await screenshot(page, 'voix-04-question');
    await page.locator('#progression-questions').filter({ hasText: 'Question 2 sur 5' }).waitFor();
    await page.locator('#bouton-passer-tout').click();
    // Only the answered question is sent (through the outbox); the skipped ones stay empty.
    expect(JSON.parse((await sent).postData() ?? '{}')).toEqual({
      satisfaction: 5,
      gender: null,
      ageBand: null,
      situation: null,
      education: null,
    });
    await page.locator('#code-suivi').waitFor();
    const code = ((await page.locator('#code-suivi').textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    const evidence = await profileEvidence(app.baseUrl, code);
    expect(evidence.filter((e) => e.step === 0)).toEqual([
      expect.objectContaining({
        choiceText: expect.stringMatching(/^Vous travaillez seule ou en équipe\s\?$/),
        method: 'voice',
        transcript: 'Vous bossez avec qui ?',
      }),
    ]);
    // The corrected utterance of decision 1 is not evidence: the click decided.
    const decision1 = evidence.filter((e) => e.step === 1);
    expect(decision1.length).toBeGreaterThan(0);
    for (const e of decision1)
      expect({ method: e.method, transcript: e.transcript }).toEqual({ method: 'mouse' });
    // Five recordings reached the speech-to-text (four answers, one question), each a WebM/Opus file.
    const files = fake
      .requestsTo('/v1/audio/transcriptions')
      .map((r) => r.parts?.find((p) => p.name === 'file'));
    expect(files.map((f) => [f?.filename, [...(f?.data.subarray(0, 4) ?? [])]])).toEqual(
      Array.from({ length: 5 }, () => ['utterance.webm', [0x1a, 0x45, 0xdf, 0xa3]]),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should take the answer said with the squeeze held or the 3D « Parler » button (hands) when the visitor plays in VR', async () => {
    fake.enqueue(
      '/v1/audio/transcriptions',
      replies.transcription('euh'),
      replies.transcription('la météo'),
      replies.transcription('on risque quoi'),
    );
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['microphone'], { origin: app.baseUrl });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.baseUrl}/?emulate=quest3`);
    const enter = page.getByRole('button', { name: 'Entrer en VR' });
    await enter.waitFor({ timeout: 20_000 });
    await enter.click();
    await page.waitForFunction(() => window.__eclore?.presenting(), undefined, { timeout: 20_000 });
    await openScenarioInVr(page, app.baseUrl, SCENARIO);
    for (let i = 0; i < 100 && (await page.evaluate(() => window.__eclore.choiceCount())) === 0; i++) {
      if (await page.evaluate(() => window.__eclore.canSkip())) await pointAndClick(page, 'suite');
      else await page.waitForTimeout(200);
    }
    expect(await page.evaluate(() => [window.__eclore.step(), window.__eclore.choiceCount()])).toEqual([
      0, 3,
    ]);

    // Hold the squeeze, speak, release: twice not understood, the 3D answers are brought forward.
    for (let miss = 1; miss <= 2; miss++) {
      await page.evaluate(() => window.__eclore.squeeze(true));
      await page.waitForFunction(() => window.__eclore.subtitle()?.text === 'Je vous écoute…');
      await page.waitForTimeout(1200);
      await page.evaluate(() => window.__eclore.squeeze(false));
      await page.waitForFunction(
        (n) => window.__eclore.subtitle()?.text.startsWith(n === 1 ? 'Pardon' : 'Visez une réponse') === true,
        miss,
        { timeout: 10_000 },
      );
      expect(await page.evaluate(() => window.__eclore.choicesEmphasized())).toBe(miss === 2);
    }
    await screenshot(page, 'voix-03-vr-choix-en-evidence');
    // Third time with the 3D « Parler » button (what a hand pinches): a tap starts, another ends.
    await pointAndClick(page, 'parler');
    await page.waitForFunction(() => window.__eclore.subtitle()?.text === 'Je vous écoute…');
    await page.waitForTimeout(1200);
    await pointAndClick(page, 'parler');
    await page.waitForFunction(
      () => /^J’ai compris\s:\s«\son risque quoi\s»/.test(window.__eclore.subtitle()?.text ?? ''),
      undefined,
      { timeout: 10_000 },
    );
    await screenshot(page, 'voix-03-vr-compris');
    await page.waitForFunction(() => window.__eclore.step() === 1, undefined, { timeout: 10_000 });
    await page.waitForFunction(
      () => document.getElementById('replique')?.textContent?.includes('métier à risques') === true,
      undefined,
      { timeout: 10_000 },
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('should never ask « Vous êtes toujours là ? » while the app listens, and ask once the visitor is quiet again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['microphone'], { origin: app.baseUrl });
    const page = await context.newPage();
    // One second of quiet before the warning: far shorter than the listening below.
    await page.goto(`${app.baseUrl}/?inactivite=1&avertissement=30`);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await pickScenario(page, SCENARIO);
    await reachDecision(page, 0);
    const warning = page.locator('#veille');
    await warning.waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByRole('button', { name: 'Je suis là, je continue' }).click();
    await page.getByRole('button', { name: 'Parler' }).click();
    await page.getByRole('button', { name: 'J’ai fini de parler' }).waitFor();
    // Listening for four times the quiet time, without touching anything: no warning.
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(500);
      expect({
        hidden: await warning.isHidden(),
        pressed: await page.locator('#bouton-parler').getAttribute('aria-pressed'),
      }).toEqual({
        hidden: true,
        pressed: 'true',
      });
    }
    await screenshot(page, 'headset/ecoute-sans-veille');
    fake.enqueue('/v1/audio/transcriptions', replies.transcription('euh'));
    await page.getByRole('button', { name: 'J’ai fini de parler' }).click();
    // Quiet again (after the character asks again): the warning comes back.
    await warning.waitFor({ state: 'visible', timeout: 30_000 });
    await context.close();
  });

  it('should tell staff how many events wait in the outbox when the network is cut, and that all is sent once it is back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(app.baseUrl);
    await page.waitForFunction(
      () =>
        document.getElementById('synchro')?.getAttribute('aria-label') ===
        'Synchronisation\u00a0: tout est envoyé',
    );
    await page.getByRole('button', { name: 'Commencer' }).click();
    await pickScenario(page, SCENARIO);
    await context.setOffline(true);
    for (let i = 0; i < 3; i++)
      await page
        .getByRole('button', { name: 'Suite' })
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    await page.waitForFunction(
      () =>
        /^Synchronisation\u00a0: [1-9]\d*\u00a0événements? en attente/.test(
          document.getElementById('synchro')?.getAttribute('aria-label') ?? '',
        ),
      undefined,
      { timeout: 10_000 },
    );
    await expect(page.locator('#synchro .nombre').textContent()).resolves.toMatch(/^[1-9]\d*$/);
    await screenshot(page, 'synchro-hors-ligne');
    await context.setOffline(false);
    await page.waitForFunction(
      () =>
        document.getElementById('synchro')?.getAttribute('aria-label') ===
        'Synchronisation\u00a0: tout est envoyé',
      undefined,
      { timeout: 20_000 },
    );
    await context.close();
  });
});

describe('Headset app with the keyboard only', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Presses Tab until the focused element matches `selector`. */
  async function tabTo(page: Page, selector: string): Promise<boolean> {
    for (let i = 0; i < 25; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return true;
      await page.keyboard.press('Tab');
    }
    return false;
  }

  it('should play to the end with Tab, Enter and Space and leave nothing of the visitor when the next one starts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(state.baseUrl);
    await page.getByRole('button', { name: 'Commencer' }).waitFor();
    expect(await tabTo(page, '#bouton-commencer')).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator(`button[data-scenario="${SCENARIO}"]`).waitFor();
    expect(await tabTo(page, `button[data-scenario="${SCENARIO}"]`)).toBe(true);
    await page.keyboard.press('Space');
    // The notice about data and AI; its heading takes the focus for screen readers.
    await page.locator('#bouton-notice').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('titre-notice');
    expect(await tabTo(page, '#bouton-notice')).toBe(true);
    await page.keyboard.press('Enter');

    let choices = 0;
    for (let turn = 0; turn < 400; turn++) {
      await page.waitForFunction(
        () =>
          document.getElementById('bouton-continuer-fin') !== null ||
          !(document.getElementById('bouton-suite') as HTMLButtonElement).hidden ||
          document.querySelector('#liste-choix button') !== null,
        undefined,
        { timeout: 20_000 },
      );
      if (await page.locator('#bouton-continuer-fin').isVisible()) break;
      const step = await page.locator('#liste-choix').getAttribute('data-etape');
      if (step === null) {
        if (await tabTo(page, '#bouton-suite:not([hidden])')) await page.keyboard.press('Enter');
        continue;
      }
      // Answers alternate between Enter and Space on the focused button.
      expect(await tabTo(page, '#liste-choix button')).toBe(true);
      await page.keyboard.press(choices % 2 === 0 ? 'Enter' : 'Space');
      choices++;
      await page.waitForFunction((s) => document.getElementById('liste-choix')?.dataset.etape !== s, step, {
        timeout: 5_000,
      });
    }
    expect(choices).toBeGreaterThan(0);
    // The optional questions, by keyboard: a digit answers the first one, Tab and Enter the second,
    // then « Passer toutes les questions ».
    expect(await tabTo(page, '#bouton-continuer-fin')).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('#titre-question').filter({ hasText: /\S/ }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('titre-question');
    await expect(page.locator('#progression-questions').textContent()).resolves.toBe('Question 1 sur 5');
    await page.keyboard.press('2');
    await expect(page.locator('#progression-questions').textContent()).resolves.toBe('Question 2 sur 5');
    expect(await tabTo(page, '#liste-reponses button')).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#progression-questions').textContent()).resolves.toBe('Question 3 sur 5');
    expect(await tabTo(page, '#bouton-passer-tout')).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('#code-suivi').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('titre-code');
    const code = (await page.locator('#code-suivi').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    // The outbox empties once the server has everything, then « Terminer » hands over to the next visitor.
    await page.waitForFunction(
      () =>
        document.getElementById('synchro')?.getAttribute('aria-label') ===
        'Synchronisation\u00a0: tout est envoyé',
      undefined,
      { timeout: 20_000 },
    );
    expect(await tabTo(page, '#bouton-terminer')).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Commencer' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('bouton-commencer');
    const leftovers = await page.evaluate(async (visitorCode) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('eclore-outbox');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const operations = await new Promise<number>((resolve, reject) => {
        const req = db.transaction('operations', 'readonly').objectStore('operations').count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return {
        operations,
        codeInPage: document.body.innerHTML.includes(visitorCode),
        subtitles: document.getElementById('replique')?.textContent ?? '',
        answers: document.querySelectorAll('#liste-choix li, #liste-reponses li').length,
        codeScreen: document.getElementById('ecran-code')?.childElementCount ?? -1,
        endScreen: document.getElementById('ecran-fin')?.childElementCount ?? -1,
        storage: Object.keys(localStorage).filter((key) => !key.startsWith('eclore.affichage.')),
        session: sessionStorage.length,
      };
    }, code);
    expect(leftovers).toEqual({
      operations: 0,
      codeInPage: false,
      subtitles: '',
      answers: 0,
      codeScreen: 0,
      endScreen: 0,
      storage: [],
      session: 0,
    });
    expect(errors).toEqual([]);
  });
});
