/// <reference lib="dom" />
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { EcloreTestDriver } from '../../client/src/headset/test-driver.js';
import { startBuiltApp, type RunningApp } from '../support/app-process.js';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { openScenario } from './support/flow.js';
import { browserTestState } from './support/state.js';

const SCENARIO = 'technicienne-eolienne';
const ROOT = join(__dirname, '..', '..');

jest.setTimeout(180_000);

type Voice = ReturnType<EcloreTestDriver['voice']>;

const voiceNow = (page: Page): Promise<Voice> =>
  page.evaluate(() => (window as unknown as { __eclore: EcloreTestDriver }).__eclore.voice());

/** Clip requests (`…/voice/<key>`) the page made, by key. */
function watchClips(page: Page): Map<string, { status: number; type: string }> {
  const clips = new Map<string, { status: number; type: string }>();
  page.on('response', (response) => {
    const key = /\/voice\/([0-9a-f]{16})$/.exec(response.url())?.[1];
    if (key) clips.set(key, { status: response.status(), type: response.headers()['content-type'] ?? '' });
  });
  return clips;
}

/** On the start page: optional settings, then the job picker and the notice, up to the first line. */
async function openFirstLine(page: Page, baseUrl: string, beforeStart?: () => Promise<void>): Promise<void> {
  await page.goto(`${baseUrl}/?emulate=quest3`);
  await page.getByRole('button', { name: 'Commencer' }).waitFor();
  await beforeStart?.();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.locator(`button[data-scenario="${SCENARIO}"]`).waitFor();
  await openScenario(page, SCENARIO);
}

describe('Voice out on the headset app (2D)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('when the server renders the lines (espeak-ng)', () => {
    let dir: string;
    let app: RunningApp;

    beforeAll(async () => {
      if (!existsSync(join(ROOT, 'dist', 'client', 'index.html')))
        throw new Error('Build missing: run `npm run build` first.');
      // The shared test server has no text-to-speech (it slows the other tests): this one has.
      // The embedded Postgres runs as the `postgres` user: the data dir's parents must be traversable.
      dir = mkdtempSync('/tmp/eclore-voice-out-');
      chmodSync(dir, 0o755);
      app = await startBuiltApp({ dataDir: dir, env: { TTS_PROVIDER: 'espeak' } });
    }, 180_000);

    afterAll(async () => {
      if (app?.child.exitCode === null) {
        // SIGTERM lets the app stop its embedded Postgres; SIGKILL if it takes too long.
        let timer: NodeJS.Timeout | undefined;
        const exited = new Promise((resolve) => app.child.once('exit', resolve));
        app.child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
        clearTimeout(timer);
        if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('should play the line’s clip with the jaw following its loudness when the server renders voices', async () => {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      const clips = watchClips(page);
      await openFirstLine(page, app.baseUrl);

      await page.waitForFunction(
        () => {
          const voice = (window as unknown as { __eclore: EcloreTestDriver }).__eclore.voice();
          return voice.via === 'clip' && voice.playing && (voice.level ?? 0) > 0.05 && voice.jaw > 0.05;
        },
        undefined,
        // The first request of a version explores its story on the server: slow on a loaded machine.
        { timeout: 60_000, polling: 20 },
      );
      const voice = await voiceNow(page);
      expect(clips.get(voice.lastKey!)).toEqual({ status: 200, type: 'audio/wav' });
      await screenshot(page, 'voix-01-replique-audio');

      // The next line waits for the end of the audio (or « Suite »), then plays its own clip.
      const first = voice.lastKey;
      await page.getByRole('button', { name: 'Suite' }).click();
      await page.waitForFunction(
        (previous) => {
          const now = (window as unknown as { __eclore: EcloreTestDriver }).__eclore.voice();
          return now.lastKey !== previous && now.via === 'clip';
        },
        first,
        { timeout: 60_000 },
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it('should show the subtitles without any audio when « Son » is off', async () => {
      const page = await browser.newPage();
      const clips = watchClips(page);
      await openFirstLine(page, app.baseUrl, async () => {
        const sound = page.getByRole('button', { name: 'Son', exact: true });
        await sound.click();
        await expect(sound.getAttribute('aria-pressed')).resolves.toBe('false');
      });
      await expect(page.locator('#replique').textContent()).resolves.toMatch(/\S/);
      const voice = await voiceNow(page);
      expect(voice).toMatchObject({ via: 'none', playing: false, level: null });
      expect(clips.size).toBe(0);

      // The setting is kept for the next visitors on this device.
      // (The page's HTML says « on » until the app has read the setting: wait for it.)
      await page.reload();
      await page.waitForFunction(
        () => document.getElementById('bouton-son')?.getAttribute('aria-pressed') === 'false',
        undefined,
        { timeout: 10_000 },
      );
      await page.close();
    });
  });

  describe('when the server has no text-to-speech', () => {
    const state = browserTestState();

    it('should speak with the browser’s French voice when the server has no text-to-speech', async () => {
      const page = await browser.newPage();
      // The shared test server has no text-to-speech; the browser's voice is a recording fake.
      await page.addInitScript(() => {
        const spoken: { text: string; lang: string; voice: string; pitch: number }[] = [];
        const voices = [
          { name: 'English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' },
          { name: 'Français', lang: 'fr-FR', localService: true, default: false, voiceURI: 'fr' },
        ];
        class FakeUtterance {
          voice: { name: string } | null = null;
          lang = '';
          pitch = 1;
          onend: (() => void) | null = null;
          onerror: (() => void) | null = null;
          onboundary: (() => void) | null = null;
          constructor(readonly text: string) {}
        }
        Object.assign(window, {
          __spoken: spoken,
          SpeechSynthesisUtterance: FakeUtterance,
        });
        Object.defineProperty(window, 'speechSynthesis', {
          value: {
            getVoices: () => voices,
            cancel: () => undefined,
            speak(utterance: FakeUtterance) {
              spoken.push({
                text: utterance.text,
                lang: utterance.lang,
                voice: utterance.voice?.name ?? '',
                pitch: utterance.pitch,
              });
              setTimeout(() => utterance.onend?.(), 300);
            },
          },
        });
      });
      await openFirstLine(page, state.baseUrl);
      await page.waitForFunction(() => (window as unknown as { __spoken: unknown[] }).__spoken.length > 0);
      const [first] = await page.evaluate(
        () => (window as unknown as { __spoken: { text: string; lang: string; voice: string }[] }).__spoken,
      );
      expect(first).toMatchObject({ lang: 'fr-FR', voice: 'Français' });
      // What is spoken is the subtitle on screen.
      await page.waitForFunction(() =>
        (window as unknown as { __spoken: { text: string }[] }).__spoken.some(
          (s) => s.text === document.getElementById('replique')?.textContent,
        ),
      );
      await expect(voiceNow(page)).resolves.toMatchObject({ via: 'synthesis' });
      await page.close();
    });
  });
});
